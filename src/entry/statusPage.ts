// The status web app (doGet): deployed to run as its owner for anyone with the link (appsscript.json
// `webapp`), so it shows a case only for its number and the mobile's last four digits (src/app/status).
import { services } from './context';
import { loadConfig } from '../app/config';
import { AuditTrail } from '../app/audit';
import { lookUpStatus, type StatusAnswer } from '../app/status/statusLookup';
import { renderStatusPage } from '../app/status/statusPage';
import { CacheTryCounter } from '../adapters/script/tryCounter';
import { t } from '../i18n';

export function doGet(e: GoogleAppsScript.Events.DoGet): GoogleAppsScript.HTML.HtmlOutput {
  const s = services();
  const params = (e && e.parameter) || {};
  const config = loadConfig(s);
  const answer: StatusAnswer = s.locker.withLock(() =>
    lookUpStatus({ register: s.register, config, audit: new AuditTrail(s.register, s.clock), tries: new CacheTryCounter() }, String(params.case ?? ''), String(params.code ?? '')),
  );
  const action = ScriptApp.getService().getUrl() ?? '';
  return HtmlService.createHtmlOutput(renderStatusPage(answer, { org: config.profile.name.ar, action, digits: config.profile.digits }))
    .setTitle(t('status.title', { org: config.profile.name.ar }))
    .addMetaTag('viewport', 'width=device-width, initial-scale=1');
}
