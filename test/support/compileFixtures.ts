// Runs tsc on small files written for a test (some breaking a type rule on purpose) and reports each file's errors.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ts from 'typescript';
import { ROOT } from './bundle';

/** One error tsc reported: its code (TS2345) and its first line of text. */
export interface TscError {
  code: string;
  message: string;
}

/** Each file, and the errors the compiler reports in it (none for a file that keeps the rules). Errors are read in
 *  the fixtures only: one in src/ is `npm run typecheck`'s to report; an error in the options fails the call. */
export function compileFixtures(files: Record<string, string>): Record<string, TscError[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'type-fixtures-'));
  try {
    const paths = Object.keys(files).map((name) => path.join(dir, name));
    for (const [name, source] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), source);
    // The compiler in process, asked about the fixtures alone: it checks what each fixture uses (the declarations it
    // reaches in src/), not every file of the program as the tsc command does, which `npm run typecheck` has done.
    const program = ts.createProgram(paths, {
      noEmit: true, strict: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10, types: ['node', 'google-apps-script'], typeRoots: [path.join(ROOT, 'node_modules', '@types')],
    });
    const general = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
    if (general.length > 0) throw new Error(`tsc failed outside the fixtures: ${ts.flattenDiagnosticMessageText(general[0].messageText, '\n')}`);
    return Object.fromEntries(Object.keys(files).map((name, i) => {
      const file = program.getSourceFile(paths[i])!;
      const diagnostics = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)];
      return [name, diagnostics.map((d) => ({ code: `TS${d.code}`, message: ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0] }))];
    }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The error codes alone. */
export const codes = (errors: TscError[]): string[] => errors.map((e) => e.code);

/** A path as an import specifier a fixture can use. */
export const importPath = (...parts: string[]): string => JSON.stringify(path.join(ROOT, ...parts));
