// Text messages measured as networks bill them, and Saudi mobiles in the form gateways take.
import { fitSms, gatewayNumber, measureSms } from '../../../src/domain/text/sms';

describe('SMS segments', () => {
  test('Latin text is GSM-7: 160 in one part, 153 a part after that; extension characters count twice', () => {
    expect(measureSms('a'.repeat(160))).toEqual({ encoding: 'gsm7', units: 160, parts: 1 });
    expect(measureSms('a'.repeat(161)).parts).toBe(2);
    expect(measureSms('a'.repeat(306)).parts).toBe(2);
    expect(measureSms('a'.repeat(307)).parts).toBe(3);
    expect(measureSms('€').units).toBe(2);
  });

  test('Arabic is UCS-2: 70 in one part, 67 a part when concatenated', () => {
    expect(measureSms('س'.repeat(70))).toEqual({ encoding: 'ucs2', units: 70, parts: 1 });
    expect(measureSms('س'.repeat(71)).parts).toBe(2);
    expect(measureSms('س'.repeat(134)).parts).toBe(2);
    expect(measureSms('س'.repeat(135)).parts).toBe(3);
    // One Arabic letter makes the whole message UCS-2.
    expect(measureSms(`${'a'.repeat(100)}س`).parts).toBe(2);
  });

  test('a long message is cut at a word to fit, and the link after it is kept whole', () => {
    const link = 'https://forms.gle/abc123';
    const text = fitSms('كلمة '.repeat(60).trim(), link, 2);
    expect(measureSms(text).parts).toBeLessThanOrEqual(2);
    expect(text.endsWith(link)).toBe(true);
    expect(text).toContain('…');
    expect(fitSms('قصيرة', '', 1)).toBe('قصيرة');
  });
});

describe('gateway numbers', () => {
  test.each([
    ['+966551112233', '966551112233'],
    ['0551112233', '966551112233'],
    ['00966551112233', '966551112233'],
    ['\u2068+966 55 111 2233\u2069', '966551112233'],
  ])('%s → %s', (input, expected) => expect(gatewayNumber(input)).toBe(expected));

  test('a landline or a foreign number is not a Saudi mobile', () => {
    expect(gatewayNumber('0114567890')).toBeNull();
    expect(gatewayNumber('+201001234567')).toBeNull();
  });
});
