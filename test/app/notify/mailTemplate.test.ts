// A mail as its reader sees it: left-to-right tokens isolated in subject, text and HTML; one digit system.
import { renderMail, type MailModel } from '../../../src/app/notify/mailTemplate';
import { FSI, PDI, stripIsolates } from '../../../src/domain/text/bidi';
import { t } from '../../../src/i18n';
import { visualOrder } from '../../support/visualOrder';

const model = (digits?: 'arab' | 'latn'): MailModel => ({
  to: 'b2@example.org',
  subject: t('mail.ack.subject', { caseNo: '1448-00002', org: 'جمعية رسوخ' }),
  greeting: t('mail.greeting', { name: 'سارة' }),
  paragraphs: [t('mail.ack.received', { service: 'سلة غذائية', caseNo: '1448-00002' })],
  facts: [[t('mail.fact.caseNo'), '1448-00002'], [t('mail.fact.service'), 'سلة غذائية']],
  after: [t('mail.ack.howToComplete', { formUrl: 'https://forms.gle/ab12' })],
  footer: 'جمعية رسوخ — هاتف 0112345678، بريد care2@rusookh.org.sa',
  digits,
});

describe('renderMail', () => {
  it('given an acknowledgement, then its subject and text carry the reference isolated, and it reads in order', () => {
    const mail = renderMail(model());
    expect(mail.subject).toContain(`${FSI}1448-00002${PDI}`);
    expect(mail.text).toContain(`سُجّل برقم ${FSI}1448-00002${PDI}`);
    expect(mail.text).toContain(`${t('mail.fact.caseNo')}: ${FSI}1448-00002${PDI}`);
    expect(mail.text).toContain(`${FSI}care2@rusookh.org.sa${PDI}`);
    for (const line of [mail.subject, ...mail.text.split('\n')].filter((l) => l.includes('1448'))) expect(visualOrder(line)).toContain('1448-00002');
  });

  it('given HTML, then each isolated token is a <bdi dir="ltr"> and no isolate character is left', () => {
    const { html } = renderMail(model());
    expect(html).toContain('سُجّل برقم <bdi dir="ltr">1448-00002</bdi>');
    expect(html).toContain('<bdi dir="ltr">https://forms.gle/ab12</bdi>');
    expect(html).not.toMatch(/[\u2068\u2069]/);
  });

  it('given an organisation with Arabic-Indic digits, then reference, subject and footer use them, links and addresses keep theirs', () => {
    const mail = renderMail(model('arab'));
    expect(stripIsolates(mail.subject)).toContain('١٤٤٨-٠٠٠٠٢');
    expect(mail.subject).not.toMatch(/[0-9]/);
    expect(stripIsolates(mail.text)).toContain('سُجّل برقم ١٤٤٨-٠٠٠٠٢');
    expect(stripIsolates(mail.text)).toContain('٠١١٢٣٤٥٦٧٨');
    expect(mail.text).toContain('care2@rusookh.org.sa');
    expect(mail.text).toContain('https://forms.gle/ab12');
    expect(mail.html).toContain('https://forms.gle/ab12');
    expect(visualOrder(mail.subject)).toContain('١٤٤٨-٠٠٠٠٢');
    expect(mail.to).toBe('b2@example.org');
  });
});
