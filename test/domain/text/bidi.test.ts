// Left-to-right tokens inside Arabic text: what is isolated, how, and the order a reader then sees.
import { FSI, PDI, LRM, isolate, isolateIfLtr, isolateRuns, isolatesToHtml, needsIsolation, stripIsolates } from '../../../src/domain/text/bidi';
import { withDigits } from '../../../src/domain/time';
import { visualOrder } from '../../support/visualOrder';

const TOKENS = ['1448-00002', 'R-1001', 'C-1448-00001', 'REG-00001', '1••••••008', '+9665••••••67', 'info@esrar.org.sa', 'https://forms.gle/x1Y2', 'Sara Ahmed'];

describe('which values are isolated', () => {
  it.each(TOKENS)('given %s, when set in Arabic text, then it is isolated', (token) => {
    expect(needsIsolation(token)).toBe(true);
    expect(isolateIfLtr(token)).toBe(`${FSI}${token}${PDI}`);
  });

  it.each(['3', '١٤', '4.25', 'سارة العتيبي', '١٦ جمادى الآخرة ١٤٤٨ هـ', '', '—'])('given %s (a bare number or Arabic text), then it is left as it is', (value) => {
    expect(needsIsolation(value)).toBe(false);
    expect(isolateIfLtr(value)).toBe(value);
  });

  it('given an isolated token, when isolated again, then it is not wrapped twice', () => {
    expect(isolate(isolate('R-1001'))).toBe(`${FSI}R-1001${PDI}`);
    expect(isolateIfLtr(isolate('R-1001'))).toBe(`${FSI}R-1001${PDI}`);
  });
});

describe('the order a reader sees', () => {
  it.each(TOKENS)('given «سُجّل برقم %s», when isolated, then it reads as written', (token) => {
    expect(visualOrder(`سُجّل برقم ${isolate(token)} شكرًا`)).toContain(token);
  });

  it.each(['1448-00002', '1••••••008', '+9665••••••67'])('given %s bare after Arabic words, then it is turned round (what isolating prevents)', (token) => {
    expect(visualOrder(`سُجّل برقم ${token} شكرًا`)).not.toContain(token);
  });

  it.each(['1448-00002', '1••••••008', '+9665••••••67', 'C-1448-00001'])('given %s in Arabic-Indic digits, when isolated, then it reads as written: marks hold its separators', (token) => {
    const arab = withDigits(token, 'arab');
    const shown = stripIsolates(arab);
    expect(visualOrder(`سُجّل برقم ${isolate(arab)} شكرًا`)).toContain(shown);
    // Without the marks an isolate alone is not enough: Arabic-Indic digits turn a hyphen or bullet round.
    expect(visualOrder(`سُجّل برقم ${FSI}${shown}${PDI} شكرًا`)).not.toContain(shown);
  });

  it('given a reference in Arabic-Indic digits in a table cell of its own, then the marks alone keep it in order', () => {
    const arab = withDigits('1448-00002', 'arab');
    expect(arab).toBe(`١٤٤٨${LRM}-${LRM}٠٠٠٠٢`);
    expect(visualOrder(arab)).toBe('١٤٤٨-٠٠٠٠٢');
    expect(visualOrder(stripIsolates(arab))).toBe('٠٠٠٠٢-١٤٤٨');
  });
});

describe('free text an organisation wrote', () => {
  it('given a footer with a phone, an e-mail and a link, when its runs are isolated, then each reads in order and the Arabic is untouched', () => {
    const footer = 'جمعية إسرار — هاتف: +966 11 234 5678، بريد: info@esrar.org.sa، الموقع https://esrar.org.sa.';
    const out = isolateRuns(footer);
    expect(out).toContain(`${FSI}info@esrar.org.sa${PDI}`);
    expect(out).toContain(`${FSI}https://esrar.org.sa${PDI}.`);
    expect(out).toContain(`${FSI}+966${PDI}`);
    expect(stripIsolates(out)).toBe(footer);
    expect(visualOrder(out)).toContain('info@esrar.org.sa');
  });

  it('given a Latin name of two words, then both stay in one isolate, in order', () => {
    expect(isolateRuns('مسؤول التواصل Sara Ahmed اليوم')).toBe(`مسؤول التواصل ${FSI}Sara Ahmed${PDI} اليوم`);
    expect(visualOrder(isolateRuns('مسؤول التواصل Sara Ahmed اليوم'))).toContain('Sara Ahmed');
  });

  it('given an English line or one already isolated, then nothing is added', () => {
    expect(isolateRuns('Case 1448-00002 received')).toBe('Case 1448-00002 received');
    const done = `رقم ${isolate('1448-00002')}`;
    expect(isolateRuns(done)).toBe(done);
  });
});

describe('in HTML', () => {
  it('given escaped text with isolates, then each becomes <bdi dir="ltr"> and no stray mark is left', () => {
    expect(isolatesToHtml(`رقم ${isolate('R-1001')} &amp; ${isolate('a@b.sa')}`)).toBe('رقم <bdi dir="ltr">R-1001</bdi> &amp; <bdi dir="ltr">a@b.sa</bdi>');
    expect(isolatesToHtml(`${FSI}x`)).toBe('x');
  });
});
