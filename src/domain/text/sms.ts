// Text messages measured as the network bills them (GSM 03.38 or UCS-2 segments) and Saudi numbers in gateway form.

/** GSM 03.38 basic set (one septet each) and its extension table (two septets: escape + char). */
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM_EXTENDED = new Set('^{}\\[~]|€\f');

export interface Segments {
  encoding: 'gsm7' | 'ucs2';
  /** Units counted: septets for GSM-7, UTF-16 code units for UCS-2 (a character outside the BMP takes two). */
  units: number;
  /** Messages the network sends (and the gateway bills): 1 when it fits a single part. */
  parts: number;
}

/** Single-part and per-part sizes (3GPP TS 23.040: a 6-octet UDH leaves 153 septets or 67 UCS-2 units). */
export const SEGMENT = { gsm7: { single: 160, part: 153 }, ucs2: { single: 70, part: 67 } } as const;

export function measureSms(text: string): Segments {
  let septets = 0;
  let gsm = true;
  for (const ch of text) {
    if (GSM_BASIC.has(ch)) septets += 1;
    else if (GSM_EXTENDED.has(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  const encoding = gsm ? 'gsm7' : 'ucs2';
  const units = gsm ? septets : text.length;
  const size = SEGMENT[encoding];
  const parts = units === 0 ? 1 : units <= size.single ? 1 : Math.ceil(units / size.part);
  return { encoding, units, parts };
}

/** The message cut (at a word, with '…') so that `head` fits in `maxParts` parts with `tail` kept whole after it
 *  (the tail is a link or a reference, which a cut would break). */
export function fitSms(head: string, tail: string, maxParts: number): string {
  const join = (h: string) => (tail ? `${h}${h ? ' ' : ''}${tail}` : h);
  if (measureSms(join(head)).parts <= maxParts) return join(head);
  const words = head.split(/\s+/);
  while (words.length > 0) {
    words.pop();
    const candidate = join(`${words.join(' ')}…`);
    if (measureSms(candidate).parts <= maxParts) return candidate;
  }
  return tail;
}

/** A Saudi mobile as gateways take it: 966 and nine digits starting with 5, no '+' or '00'. Null otherwise. */
export function gatewayNumber(mobile: string): string | null {
  const digits = mobile.replace(/[\s\-()\u2068\u2069\u200E]/g, '').replace(/^\+/, '').replace(/^00/, '');
  const national = /^0?(5\d{8})$/.exec(digits);
  if (national) return `966${national[1]}`;
  return /^9665\d{8}$/.test(digits) ? digits : null;
}
