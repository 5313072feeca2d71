// The register and forms reference is generated from the code and must be regenerated when they change.
import * as fs from 'fs';
import { DOC_PATH, renderDocs } from '../../scripts/generate-docs';

it('docs/register-and-forms.md matches the code (run: npx tsx scripts/generate-docs.ts)', () => {
  expect(fs.readFileSync(DOC_PATH, 'utf8')).toBe(renderDocs());
});
