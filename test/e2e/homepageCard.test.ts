// The bound bundle's homepage card (the bound manifest names it nowhere; the add-on's own bundle, build/addon/,
// reuses its sections) runs as an ordinary execution in the sandbox and shows the officer's work.
import * as fs from 'fs';
import * as path from 'path';
import { manifestFunctions, ROOT } from '../support/bundle';
import { renderCardToHtml } from '../../sandbox/ui/cardHtml';
import { completeAnswers, newRegister, ok, OFFICER, submit } from './harness';

describe('the homepage card', () => {
  it('is not part of the bound register\'s manifest', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'build', 'appsscript.json'), 'utf8'));
    expect(manifest.addOns).toBeUndefined();
    expect(manifestFunctions(manifest)).not.toContain('onHomepage');
  });

  const sb = newRegister();
  submit(sb, completeAnswers({ full_name: '<img src=x onerror=alert(1)>سلوى' }));

  it('lists the officer\'s open case, escaped, right to left', () => {
    const card = ok(sb.execute('onHomepage', [{ commonEventObject: { hostApp: 'SHEETS' } }], { user: OFFICER }));
    const html = renderCardToHtml(card);
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('1448-00001');
    expect(html).not.toContain('<img src=x');
  });

  it('tells someone outside the staff tab that the register is not theirs', () => {
    const card = ok(sb.execute('onHomepage', [{}], { user: 'stranger@example.com' }));
    expect(renderCardToHtml(card)).not.toContain('1448-00001');
  });
});
