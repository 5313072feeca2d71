// Every mail the default scenario sends, read as its Arabic reader sees it: no left-to-right token left bare
// beside Arabic words, counts that agree, and one digit system per organisation (subjects included).
import * as fs from 'fs';
import * as path from 'path';
import { Sandbox } from '../../sandbox/core/runtime';
import { runScenario } from '../../sandbox/scenario/runner';
import type { Scenario } from '../../sandbox/scenario/types';
import { PROFILES } from '../../src/profiles';
import { mails, rows } from './harness';
import { t } from '../../src/i18n';
import { visualOrder } from '../support/visualOrder';

const scenario = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'sandbox', 'scenarios', 'default.json'), 'utf8')) as Scenario & {
  start: string;
  account: 'consumer' | 'workspace';
  owner: string;
  boundSpreadsheet: string;
};

const ARABIC = /[\u0621-\u064A]/;
const ISOLATED = /\u2068[^\u2069]*\u2069/g;
const RUN = /[A-Za-z0-9\u0660-\u0669@+.:/\u2022-]+/g;
// A bare number keeps its order among Arabic words, and so do numbers joined by a common separator (a decimal
// point, a colon, a slash: «4.5», «10:00», «١١/٣/١٤٤٤»); so does punctuation alone. A hyphen, plus or bullet does not.
const HARMLESS = /^(?:[.:/-]*[0-9\u0660-\u0669]+(?:[.,:/][0-9\u0660-\u0669]+)*[.:/-]*|[.:/\u2022-]+)$/;

/** The left-to-right runs a line with Arabic in it leaves outside isolates. */
function bareRuns(line: string): string[] {
  if (!ARABIC.test(line)) return [];
  return (line.replace(ISOLATED, ' ').match(RUN) ?? []).filter((run) => !HARMLESS.test(run));
}

/** The text a mail client shows, block by block: what sits in a <bdi> is isolated, tags and attributes are not text. */
function blocks(html: string): string[] {
  return html
    .replace(/<bdi dir="ltr">[^<]*<\/bdi>/g, '\u2068\u2069')
    .split(/<(?:p|li|tr|th|td|br|h3|div)\b[^>]*>/)
    .map((b) => b.replace(/<[^>]*>/g, '').replace(/&[a-z#0-9]+;/g, ' '));
}

function play(profileId: string): Sandbox {
  const sb = new Sandbox({ start: scenario.start, account: scenario.account, owner: scenario.owner, boundSpreadsheet: scenario.boundSpreadsheet });
  const report = runScenario(sb, scenario, profileId);
  expect(report.failures).toEqual([]);
  return sb;
}

describe('the scanner', () => {
  it('finds what is bare and passes what is isolated', () => {
    expect(bareRuns('سُجّل برقم 1448-00002.')).toEqual(['1448-00002.']);
    expect(bareRuns('الهوية 1••••••008 والبريد a@b.sa')).toEqual(['1••••••008', 'a@b.sa']);
    expect(bareRuns('سُجّل برقم \u20681448-00002\u2069، بقيت 3 أيام عمل (4.5).')).toEqual([]);
    expect(bareRuns('Case 1448-00002')).toEqual([]);
    expect(bareRuns('بتاريخ ١١/٣/١٤٤٤ الساعة 10:00، والرقم ١٤٤٨-٠٠٠٠٢')).toEqual(['١٤٤٨-٠٠٠٠٢']);
    expect(blocks('<p style="width:600px">رقم <bdi dir="ltr">R-1</bdi></p><td>الطلب 1448-00002</td>').flatMap(bareRuns)).toEqual(['1448-00002']);
  });
});

describe.each(Object.keys(PROFILES))('what %s sends', (profileId) => {
  const sb = play(profileId);
  const sent = mails(sb);

  it('sends mail, and leaves no left-to-right token bare beside Arabic in any subject or text', () => {
    expect(sent.length).toBeGreaterThan(2);
    const bare = sent.flatMap((m) => [m.subject, ...m.text.split('\n')].flatMap((line) => bareRuns(line).map((run) => `${run}  ⟵  ${line}`)));
    expect(bare).toEqual([]);
  });

  it('isolates in HTML with <bdi dir="ltr">, leaving no isolate character in the markup and no token bare in its text', () => {
    const html = sent.map((m) => m.html ?? '');
    expect(html.some((h) => h.includes('<bdi dir="ltr">'))).toBe(true);
    expect(html.filter((h) => /[\u2068\u2069]/.test(h))).toEqual([]);
    expect(html.flatMap((h) => blocks(h).flatMap(bareRuns))).toEqual([]);
  });

  it('writes its documents (minutes, reports, receipts) with no left-to-right token bare beside Arabic', () => {
    const texts: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === 'text' && typeof x === 'string') texts.push(x);
          else walk(x);
        }
      }
    };
    walk(Object.values((sb.world.services.docs as { documents: Record<string, unknown> }).documents));
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.flatMap((text) => text.split('\n').flatMap((line) => bareRuns(line).map((run) => `${run}  ⟵  ${line}`)))).toEqual([]);
  });

  it('acknowledges with the reference isolated in subject and text, read in order, in the organisation\'s digits', () => {
    const [first] = rows(sb, t('tab.cases'));
    const caseNo = String(first[t('col.cases.case_no')]);
    const ack = sent.find((m) => m.subject.startsWith(t('mail.ack.subject', { caseNo, org: '' }).split('\u2068')[0]));
    expect(ack).toBeDefined();
    const digits = PROFILES[profileId].digits;
    const shown = digits === 'arab' ? caseNo.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d))) : caseNo;
    const plain = (line: string) => line.replace(/[\u200E\u2068\u2069]/g, '');
    const lines = [ack!.subject, ...ack!.text.split('\n')].filter((line) => plain(line).includes(shown));
    // The subject, «سُجّل برقم …» and the facts line «رقم الطلب: …».
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(line.replace(/\u200E/g, '')).toContain(`\u2068${shown}\u2069`);
    expect(visualOrder(ack!.subject)).toContain(shown);
    // One system: no Latin digit in the subject or body of an Arabic-Indic organisation (addresses and links aside).
    const latin = (s: string) => s.replace(/\S+@\S+|https?:\/\/\S+/g, '').match(/[0-9]/g) ?? [];
    const arabic = (s: string) => s.match(/[\u0660-\u0669]/g) ?? [];
    if (digits === 'arab') expect([latin(ack!.subject), latin(ack!.text)]).toEqual([[], []]);
    else expect([arabic(ack!.subject), arabic(ack!.text)]).toEqual([[], []]);
  });
});
