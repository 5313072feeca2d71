// Helpers for the status page tests: a register with the web app deployed and one request, and doGet as a visitor.
import type { Sandbox } from '../../sandbox/core/runtime';
import { completeAnswers, newRegister, ok, rows, submit } from './harness';
import { headerLabel } from '../../src/adapters/sheets/sheetTable';
import { t } from '../../src/i18n';

const VISITOR = 'someone@example.net';

export function statusHtml(sb: Sandbox, parameter: Record<string, string>): string {
  const result = sb.execute('doGet', [{ parameter, parameters: {}, queryString: '', contextPath: '', contentLength: -1 }], { context: 'webapp', user: VISITOR });
  return (ok(result) as { getContent(): string }).getContent();
}

export function registerWithStatusPage(profile = 'esrar'): { sb: Sandbox; caseNo: string; url: string } {
  const sb = newRegister(profile);
  const url = sb.deployWebApp();
  for (const run of submit(sb, completeAnswers()).executions) ok(run);
  const caseNo = String(rows(sb, t('tab.cases'))[0][headerLabel('cases', 'case_no')]);
  return { sb, caseNo, url };
}
