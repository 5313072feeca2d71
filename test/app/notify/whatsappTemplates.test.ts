// The WhatsApp template bodies live in the message catalog (Arabic, and English for the reader), and the
// catalog's t() leaves Meta's own {{1}}, {{2}}… placeholders as Meta reads them, whatever it is given.
import { t } from '../../../src/i18n';
import { ar } from '../../../src/i18n/ar';
import { en } from '../../../src/i18n/en';
import { WHATSAPP_TEMPLATE_KINDS } from '../../../src/profiles/schema';
import { whatsappTemplateBody, WHATSAPP_TEMPLATE_PARAMS } from '../../../src/app/notify/whatsappTemplates';

describe('WhatsApp template bodies in the catalog', () => {
  test.each(WHATSAPP_TEMPLATE_KINDS)('%s: its body is a catalog message in both languages, with one {{n}} per parameter', (kind) => {
    const key = `wa.body.${kind}` as keyof typeof ar;
    expect(typeof ar[key]).toBe('string');
    expect(typeof en[key]).toBe('string');
    const body = whatsappTemplateBody(kind);
    expect(body).toBe(ar[key]);
    const numbers = [...body.matchAll(/\{\{(\d+)\}\}/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(WHATSAPP_TEMPLATE_PARAMS[kind].map((_, i) => i + 1));
    expect([...String(en[key]).matchAll(/\{\{(\d+)\}\}/g)].map((m) => Number(m[1]))).toEqual(numbers);
    // Meta rejects a body that has a single-brace or an unnumbered variable.
    expect(body.replace(/\{\{\d+\}\}/g, '')).not.toMatch(/[{}]/);
  });

  test("t() does not fill Meta's {{1}} even when given a parameter named 1, nor isolate around it", () => {
    const body = t('wa.body.acknowledgement', { 1: 'خطأ', 2: 'REG-1' });
    expect(body).toBe(ar['wa.body.acknowledgement']);
    expect(body).toContain('{{1}}');
    expect(body).not.toMatch(/[\u2066-\u2069]/);
  });

  test('t() still fills its own {name} beside a {{n}} (the check can fail)', () => {
    // A catalog message of the product's own, to show the same call does fill single-brace placeholders.
    expect(t('sms.generic', { org: 'مستفيد', subject: 'اختبار' })).toBe('مستفيد: اختبار');
  });
});
