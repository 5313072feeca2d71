// Every mail the default scenario sends, read as its Arabic reader sees it: no left-to-right token left bare
// beside Arabic words, counts that agree, and one digit system per organisation (subjects included).
// Registered by ./describeDefaultPlay.ts on the profile's one play (whose report the scenario suite checks).
import { PROFILES } from '../../../src/profiles';
import { mails, rows } from '../harness';
import type { DefaultPlay } from '../playDefault';
import { t } from '../../../src/i18n';
import { visualOrder } from '../../support/visualOrder';
import { bareRuns, blocks } from '../../support/mailText';

export const arabicTextSuite = (profileId: string, { sb }: DefaultPlay) => describe(`what ${profileId} sends`, () => {
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
