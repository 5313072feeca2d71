// Every form setup makes is titled, published and accepting responses, and a second setup repairs
// a form whose title was cleared or that was unpublished, on the built bundle in the sandbox.
import { formSlot, type FormModel } from '../../sandbox/services/form/model';
import { findFile } from '../../sandbox/core/files';
import { shippedData } from '../../scripts/shippedData';
import { completeAnswers, newRegister, ok, publishedForm, submit } from './harness';
import type { Sandbox } from '../../sandbox/core/runtime';
import { findSpreadsheet } from '../../sandbox/services/spreadsheet/store';
import { t } from '../../src/i18n';

const PROFILE = 'esrar';
const specs = shippedData().forms[PROFILE] ?? [];

function formsOf(sb: Sandbox): Array<{ key: string; model: FormModel }> {
  return specs.map((spec) => ({ key: spec.key, model: formSlot(sb.world).forms[publishedForm(sb, spec.key).formId] }));
}

describe('forms as beneficiaries reach them', () => {
  it('after setup every form carries its Arabic title and is published and accepting responses', () => {
    const sb = newRegister(PROFILE);
    expect(specs.length).toBeGreaterThan(1);
    for (const { key, model } of formsOf(sb)) {
      const spec = specs.find((s) => s.key === key)!;
      expect({ key, title: model.title, published: model.published, accepting: model.acceptingResponses })
        .toEqual({ key, title: spec.title, published: true, accepting: true });
      expect(model.title).toMatch(/[\u0600-\u06FF]/);
      // The Drive file got the same name from FormApp.create.
      expect(findFile(sb.world, model.id)?.name).toBe(spec.title);
    }
    const runs = submit(sb, completeAnswers()).executions;
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.map((x) => x.error)).toEqual(runs.map(() => null));
  });

  it('when a title is cleared and a form unpublished, a second setup repairs both and duplicates nothing', () => {
    const sb = newRegister(PROFILE);
    const [first, second] = formsOf(sb);
    const formCount = Object.keys(formSlot(sb.world).forms).length;
    const itemCounts = formsOf(sb).map(({ model }) => model.items.length);
    first.model.title = '';
    second.model.published = false;
    second.model.acceptingResponses = false;

    ok(sb.execute('setup', [PROFILE]));

    const after = formsOf(sb);
    expect(after[0].model.id).toBe(first.model.id);
    expect(after[1].model.id).toBe(second.model.id);
    expect(after[0].model.title).toBe(specs[0].title);
    expect([after[1].model.published, after[1].model.acceptingResponses]).toEqual([true, true]);
    expect(Object.keys(formSlot(sb.world).forms)).toHaveLength(formCount);
    expect(after.map(({ model }) => model.items.length)).toEqual(itemCounts);
  });

  it('while the service request form is unpublished, a beneficiary cannot submit it; after setup they can', () => {
    const sb = newRegister(PROFILE);
    const model = formSlot(sb.world).forms[publishedForm(sb, 'service_request').formId];
    model.published = false;
    model.acceptingResponses = false;
    expect(() => submit(sb, completeAnswers())).toThrow(/not published/);
    ok(sb.execute('setup', [PROFILE]));
    const runs = submit(sb, completeAnswers()).executions;
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.map((x) => x.error)).toEqual(runs.map(() => null));
  });

  it('explains in Arabic, in a note, the first header Google writes on each response tab, its values left as Google wrote them', () => {
    const sb = newRegister(PROFILE);
    const ss = findSpreadsheet(sb.world, sb.world.boundSpreadsheetId!)!;
    const linked = ss.sheets.filter((sheet) => sheet.name.startsWith(t('form.responsesSheet', { form: '' }).trim()));
    expect(linked.length).toBe(specs.length);
    for (const sheet of linked) {
      const header = sheet.rows[0]?.[0];
      expect([sheet.name, header?.v]).toEqual([sheet.name, 'Timestamp']);
      expect([sheet.name, header?.note]).toEqual([sheet.name, t('form.responses.timestampNote')]);
    }
  });
});
