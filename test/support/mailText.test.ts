// The readers the end-to-end letter tests rely on (./mailText.ts) find what they look for and pass what is right.
import { badAgreement, bareRuns, blocks } from './mailText';

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

describe('badAgreement', () => {
  it('finds a count that breaks agreement and passes the forms that agree', () => {
    expect(badAgreement('بقي 3 يوم عمل')).toEqual(['3 يوم']);
    expect(badAgreement('بـ 1 يوم عمل')).toEqual(['1 يوم']);
    expect(badAgreement('بقيت 3 أيام عمل، و11 يوم عمل، ويوم عمل واحد، والمحضر 1/1448')).toEqual([]);
  });
});
