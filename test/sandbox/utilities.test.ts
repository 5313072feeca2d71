// Utilities.formatDate (Java patterns in a time zone), digests as signed bytes, and HtmlService escaping.
import { Sandbox } from '../../sandbox/core/runtime';

const CODE = `
function fmt(iso, tz, pattern) { return Utilities.formatDate(new Date(iso), tz, pattern); }
function digest() { return Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'abc').slice(0, 4); }
function page(name) {
  var t = HtmlService.createTemplate('<p><?= name ?></p><div><?!= name ?></div><? for (var i = 0; i < 2; i++) { ?><i><?= i ?></i><? } ?>');
  t.name = name;
  return t.evaluate().setTitle('T').getContent();
}
`;

describe('Utilities and HtmlService', () => {
  const sandbox = new Sandbox({ code: CODE });
  const fmt = (pattern: string, tz = 'Asia/Riyadh', iso = '2025-03-09T21:05:07.045Z') => sandbox.execute('fmt', [iso, tz, pattern]).result;

  it('given Java pattern letters, then formatDate renders them in the requested time zone', () => {
    expect(fmt('yyyy-MM-dd HH:mm:ss.SSS')).toBe('2025-03-10 00:05:07.045');
    expect(fmt('yy/M/d h:mm a')).toBe('25/3/10 12:05 AM');
    expect(fmt('EEE EEEE MMM MMMM')).toBe('Mon Monday Mar March');
    expect(fmt('Z XXX X')).toBe('+0300 +03:00 +03');
    expect(fmt("'at' HH 'o''clock'")).toBe("at 00 o'clock");
    expect(fmt('HH:mm z', 'UTC')).toBe('21:05 UTC');
    expect(fmt('XXX', 'UTC')).toBe('Z');
  });

  it('given an unknown pattern letter, then formatDate refuses it as Java does', () => {
    expect(sandbox.execute('fmt', ['2025-01-01T00:00:00Z', 'UTC', 'yyyy q']).error?.message).toBe("Illegal pattern character 'q'");
  });

  it('given a digest, then the bytes come back signed as in Apps Script', () => {
    // MD5("abc") starts 90 01 50 98.
    expect(sandbox.execute('digest').result).toEqual([-112, 1, 80, -104]);
  });

  it('given <?= ?> and <?!= ?>, then the first escapes and the second does not', () => {
    expect(sandbox.execute('page', ['<b>"x"</b>']).result).toBe('<p>&lt;b&gt;&quot;x&quot;&lt;/b&gt;</p><div><b>"x"</b></div><i>0</i><i>1</i>');
  });
});
