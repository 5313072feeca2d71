// The built bundle defines every function the sidebar contract names, and the menu items that open the sidebar.
import * as fs from 'fs';
import * as path from 'path';
import { loadInBareContext, BUNDLE } from '../../support/bundle';
import { SIDEBAR_FUNCTIONS } from '../../../src/ui/contract';

const bundle = process.env.MUSTAFID_BUILD_DIR ? path.join(process.env.MUSTAFID_BUILD_DIR, 'Code.js') : BUNDLE;

describe('sidebar contract in the bundle', () => {
  it('given the build, then each SidebarApi function and both menu openers are top-level functions, and sidebar.html carries its script', () => {
    const context = loadInBareContext(fs.readFileSync(bundle, 'utf8')) as Record<string, unknown>;
    for (const name of [...SIDEBAR_FUNCTIONS, 'openCasePanel', 'openMyWork']) expect([name, typeof context[name]]).toEqual([name, 'function']);
    const html = fs.readFileSync(path.join(path.dirname(bundle), 'sidebar.html'), 'utf8');
    expect(html).not.toContain('/*SIDEBAR_CLIENT*/');
    expect(html).toContain('sidebarStep');
  });
});
