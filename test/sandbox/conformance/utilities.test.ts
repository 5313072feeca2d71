// gas-fakes' testutilities.js and teststores.js assertions on Utilities and Blob, run in the sandbox.
import { conformance, type ConformanceCase } from './harness';

const B64 = 'testutilities.js › utilities base64 encoding';
const BLOB = 'testutilities.js › utilities blob manipulation';
const HMAC = 'testutilities.js › utilities hmac';
const EXTRA = 'testutilities.js › utilities extra';
const DIGEST = 'testutilities.js › utilities digest';
const GZ = 'testutilities.js › utilities gzipping';
const TEXT = 'foo is not bar'; // gas-fakes' fixture TEXT_FILE_CONTENT (testfixes.js)
const J = JSON.stringify;

// Digests Google computed (gas-fakes records them from live Apps Script), as signed bytes.
const DIGESTS: Record<string, Record<'UTF_8' | 'US_ASCII', Record<string, number[]>>> = {
  'input to hash': {
    UTF_8: {
      MD5: [-16, -20, -112, 64, -50, -47, -118, 102, -113, 70, -112, 94, -34, -49, 117, -103],
      SHA_1: [-94, -96, 117, 87, 84, -100, -66, 98, -21, -116, 87, 55, 93, -82, -11, -73, 79, 108, -115, 95],
      SHA_256: [54, -72, -70, -64, 23, 78, -86, 57, -77, -65, 45, 3, -95, 47, -122, 55, -91, 107, -91, 39, -55, 20, -87, -65, -17, 29, 111, 118, -120, -69, 93, -93],
      SHA_384: [85, -35, -41, -89, -113, 43, 117, -109, -90, 112, 2, -70, -89, -43, 117, 61, 62, 85, 17, 49, 65, 43, -108, -78, -8, 16, -71, -12, 64, 98, 42, 54, -16, 30, 18, -112, 58, 110, -7, -35, 40, 7, 103, -95, 94, -51, 11, -69],
      SHA_512: [11, 81, 116, 39, -41, -64, -61, 121, 84, 87, 85, 121, 55, -13, 80, 101, -103, 52, -5, -73, 62, 107, -33, 43, 26, -15, -93, 113, -116, 78, -58, 93, -40, 70, 65, -82, 117, 116, 95, -14, -12, -13, 21, 1, 104, 91, -96, 100, 22, 81, -104, -72, 2, -103, -10, -25, -62, -98, -68, -12, 57, 127, 43, 121],
    },
    US_ASCII: {
      MD5: [-16, -20, -112, 64, -50, -47, -118, 102, -113, 70, -112, 94, -34, -49, 117, -103],
      SHA_1: [-94, -96, 117, 87, 84, -100, -66, 98, -21, -116, 87, 55, 93, -82, -11, -73, 79, 108, -115, 95],
      SHA_256: [54, -72, -70, -64, 23, 78, -86, 57, -77, -65, 45, 3, -95, 47, -122, 55, -91, 107, -91, 39, -55, 20, -87, -65, -17, 29, 111, 118, -120, -69, 93, -93],
      SHA_384: [85, -35, -41, -89, -113, 43, 117, -109, -90, 112, 2, -70, -89, -43, 117, 61, 62, 85, 17, 49, 65, 43, -108, -78, -8, 16, -71, -12, 64, 98, 42, 54, -16, 30, 18, -112, 58, 110, -7, -35, 40, 7, 103, -95, 94, -51, 11, -69],
      SHA_512: [11, 81, 116, 39, -41, -64, -61, 121, 84, 87, 85, 121, 55, -13, 80, 101, -103, 52, -5, -73, 62, 107, -33, 43, 26, -15, -93, 113, -116, 78, -58, 93, -40, 70, 65, -82, 117, 116, 95, -14, -12, -13, 21, 1, 104, 91, -96, 100, 22, 81, -104, -72, 2, -103, -10, -25, -62, -98, -68, -12, 57, 127, 43, 121],
    },
  },
  '€🙂': {
    UTF_8: {
      MD5: [-71, 89, 42, -99, 35, -63, -51, -82, 83, 46, 87, -53, -35, -67, 116, -6],
      SHA_1: [-19, -37, -55, -43, 37, 16, -31, 77, 89, 112, 42, 90, -115, 10, -113, -31, 50, -76, 60, -125],
      SHA_256: [-88, 113, -56, 11, 33, 65, -120, -22, 68, -108, -12, 96, 79, 31, 50, 2, 75, 2, -11, -5, 66, 40, -63, 3, -102, 83, 87, -120, 26, 19, -18, -69],
      SHA_384: [-91, -38, -80, -12, -109, -108, -82, -64, 44, -110, -48, -77, 104, -66, 52, -124, -67, 44, 8, -88, -68, 17, -61, 45, -115, 65, -61, -83, -7, 119, -28, -104, -55, 52, -45, 102, -22, -124, 77, 103, 37, 48, 31, -55, 74, -16, 119, -41],
      SHA_512: [63, -102, -12, -120, 79, 25, 110, 21, 45, 2, -63, -126, 1, -52, 94, 105, 99, -38, 30, 123, 88, 63, -2, -38, -45, 92, -95, 123, 3, -122, -83, -112, -45, -9, -112, 121, -77, 73, 69, 30, 55, 115, -13, -121, -94, -118, 77, 54, -50, 95, -31, -46, -99, 49, -90, 43, 103, 60, 24, 73, -116, 111, -5, 94],
    },
    US_ASCII: {
      MD5: [-22, 3, -4, -72, -60, 120, 34, -68, -25, 114, -49, 108, 7, -48, -21, -69],
      SHA_1: [22, -56, -8, -84, 123, 87, -67, 91, 88, -76, 19, 39, 34, -114, 63, -94, 18, 1, -37, 104],
      SHA_256: [-30, 112, -82, -77, 71, -14, 22, 85, 116, -61, -91, -59, -65, 17, -48, 56, -68, -45, -84, -43, -85, -3, -75, -82, -118, 27, 82, -39, 28, -72, 66, -16],
      SHA_384: [86, 65, 19, -74, -67, 66, 74, 18, -37, -117, 31, -124, 102, -72, 96, 118, 33, -111, 37, 59, -104, -30, 102, 9, -98, 85, 38, -103, -5, -122, -35, 2, 17, 79, -59, -80, -48, -51, -96, -100, 81, 113, 22, -33, 122, 28, 31, 64],
      SHA_512: [-70, -99, 100, -111, 115, -41, -1, -55, -41, 84, -62, -97, 80, -40, -12, 93, 54, 24, 60, 2, -24, 124, -37, -111, 93, 78, -70, -99, 57, 114, -75, -14, 88, -77, -23, 34, 74, 26, 90, 72, -125, 78, -119, -22, -79, 109, 21, -62, 121, 38, -27, 87, -106, -110, 28, -93, -49, -44, 58, 124, -65, 71, -83, 92],
    },
  },
};

const digestCases: ConformanceCase[] = Object.entries(DIGESTS).flatMap(([input, byCharset]) => [
  // An explicit charset.
  ...(['UTF_8', 'US_ASCII'] as const).flatMap((charset) => Object.entries(byCharset[charset]).map(([alg, expected]): ConformanceCase => ({
    source: DIGEST, what: `${alg} of ${J(input)} in ${charset}`, expected,
    script: `return Utilities.computeDigest(Utilities.DigestAlgorithm.${alg}, ${J(input)}, Utilities.Charset.${charset});`,
  }))),
  // A string with no charset is encoded as US-ASCII (characters outside it become '?').
  ...Object.entries(byCharset.US_ASCII).map(([alg, expected]): ConformanceCase => ({
    source: DIGEST, what: `${alg} of the string ${J(input)} with no charset is its US-ASCII digest`, expected,
    script: `return Utilities.computeDigest(Utilities.DigestAlgorithm.${alg}, ${J(input)});`,
  })),
  // Bytes are digested as they are (newBlob's bytes are UTF-8).
  ...Object.entries(byCharset.UTF_8).map(([alg, expected]): ConformanceCase => ({
    source: DIGEST, what: `${alg} of the UTF-8 bytes of ${J(input)}`, expected,
    script: `return Utilities.computeDigest(Utilities.DigestAlgorithm.${alg}, Utilities.newBlob(${J(input)}).getBytes());`,
  })),
]);

const MISMATCH = /The parameters \(.*\) don't match/;
const BADBYTES = 'Utilities.newBlob("input to hash").getBytes().map(function (b) { return b + "bad"; })';
const digestErrors: ConformanceCase[] = [
  ['too many arguments', 'Utilities.DigestAlgorithm.MD5, "input to hash", Utilities.Charset.US_ASCII, 4', MISMATCH],
  ['too few arguments', '"input to hash"', MISMATCH],
  ['bytes with a charset', 'Utilities.DigestAlgorithm.MD5, [0, 1, 2], Utilities.Charset.UTF_8', MISMATCH],
  ['an unknown charset', 'Utilities.DigestAlgorithm.MD5, "input to hash", "fake"', MISMATCH],
  ['an unknown algorithm', '"fake", "input to hash", Utilities.Charset.US_ASCII', MISMATCH],
  ['an array of non-numbers', `Utilities.DigestAlgorithm.MD5, ${BADBYTES}`, /Cannot convert .*/],
  ['an array of non-numbers with a charset', `Utilities.DigestAlgorithm.MD5, ${BADBYTES}, Utilities.Charset.UTF_8`, MISMATCH],
].map(([what, args, throws]) => ({ source: DIGEST, what: `computeDigest refuses ${String(what)}`, script: `return Utilities.computeDigest(${String(args)});`, throws: throws as RegExp }));

const SIG = [53, -75, -52, -25, -47, 86, -21, 14, -2, -57, 5, -13, 24, 105, -2, -84, 127, 115, -40, -75, -93, -27, -21, 34, -55, -117, -36, -103, -47, 116, -55, -61];
const SIG_UTF = [76, -16, 35, 99, -128, 106, -22, -17, -102, -19, 4, 97, -75, 64, 107, 79, 99, 19, -54, -6, 90, 54, 121, -39, -126, 13, 2, -40, -84, 109, -2, 115];
const SIG_ASCII = [-125, 73, -127, -128, -43, -39, 99, -10, 39, -49, -128, 27, 8, -117, 4, -120, -26, -111, 16, 114, -115, 1, -1, -68, -27, 88, 7, 117, 55, -87, -123, -52];
const SIG_SPECIAL_INPUT = [-108, -2, -46, -84, 68, -4, 60, -105, -65, -90, -43, 1, -112, -23, -79, 50, -78, 35, -9, -122, 39, -83, 115, -55, 91, 61, 82, 47, 61, 53, -37, 14];
const SIG_SPECIAL_KEY = [13, -56, -124, -48, 98, -74, -49, 56, -110, 64, -48, -17, -110, 112, -60, -18, 59, -30, 77, 49, -95, 122, -47, -73, -32, -127, -61, -30, 111, 108, 34, -39];
const IN = J('this is my input');
const KEY = J('my key - use a stronger one');
const hmac = (what: string, args: string, expected: number[]): ConformanceCase => ({ source: HMAC, what, script: `return Utilities.computeHmacSha256Signature(${args});`, expected });
const hmacRefuses = (what: string, args: string, throws: RegExp): ConformanceCase => ({ source: HMAC, what: `computeHmacSha256Signature refuses ${what}`, script: `return Utilities.computeHmacSha256Signature(${args});`, throws });
const inBytes = `Utilities.newBlob(${IN}).getBytes()`;
const keyBytes = `Utilities.newBlob(${KEY}).getBytes()`;
const badBytes = `Utilities.newBlob(${IN}).getBytes().map(function (b) { return b + "woah"; })`;
const hmacCases: ConformanceCase[] = [
  hmac('of byte arrays', `${inBytes}, ${keyBytes}`, SIG),
  hmac('of strings in UTF-8', `${IN}, ${KEY}, Utilities.Charset.UTF_8`, SIG),
  hmac('of strings in US-ASCII', `${IN}, ${KEY}, Utilities.Charset.US_ASCII`, SIG),
  hmac('of strings with no charset', `${IN}, ${KEY}`, SIG),
  hmac('of non-ASCII strings in UTF-8', `"café", "€🙂", Utilities.Charset.UTF_8`, SIG_UTF),
  hmac('of non-ASCII strings in US-ASCII', `"café", "€🙂", Utilities.Charset.US_ASCII`, SIG_ASCII),
  hmac('of non-ASCII strings with no charset (US-ASCII)', `"café", "€🙂"`, SIG_ASCII),
  hmac('of a non-ASCII input with an ASCII key', `"café", ${KEY}`, SIG_SPECIAL_INPUT),
  hmac('of an ASCII input with a non-ASCII key', `${IN}, "€🙂"`, SIG_SPECIAL_KEY),
  hmacRefuses('too many arguments', `${IN}, ${KEY}, Utilities.Charset.US_ASCII, 4`, MISMATCH),
  hmacRefuses('too few arguments', IN, MISMATCH),
  hmacRefuses('bytes with a string key', `${inBytes}, ${KEY}`, MISMATCH),
  hmacRefuses('a string with a byte key', `${IN}, ${keyBytes}`, MISMATCH),
  hmacRefuses('bytes with a charset', `${inBytes}, ${keyBytes}, Utilities.Charset.UTF_8`, MISMATCH),
  hmacRefuses('an unknown charset', `${IN}, ${KEY}, "fake"`, MISMATCH),
  hmacRefuses('an input of non-numbers', `${badBytes}, ${keyBytes}`, /Cannot convert .*/),
  hmacRefuses('a key of non-numbers', `${inBytes}, ${badBytes}`, /Cannot convert .*/),
  hmacRefuses('non-numbers with a charset', `${badBytes}, ${badBytes}, Utilities.Charset.UTF_8`, MISMATCH),
];

const TROUBLE = J(`${TEXT}+/=`);
const base64Cases: ConformanceCase[] = [
  { source: B64, what: 'base64Encode of bytes equals base64Encode of the string', script: `return Utilities.base64Encode(Utilities.newBlob(${J(TEXT)}).getBytes()) === Utilities.base64Encode(${J(TEXT)});`, expected: true },
  { source: B64, what: 'base64Encode gives a non-empty string', script: `var s = Utilities.base64Encode(${J(TEXT)}); return typeof s === 'string' && s.length > 0;`, expected: true },
  { source: B64, what: 'base64EncodeWebSafe of bytes equals that of the string', script: `return Utilities.base64EncodeWebSafe(Utilities.newBlob(${J(TEXT)}).getBytes()) === Utilities.base64EncodeWebSafe(${J(TEXT)});`, expected: true },
  { source: B64, what: 'base64EncodeWebSafe gives a non-empty string', script: `var s = Utilities.base64EncodeWebSafe(${J(TEXT)}); return typeof s === 'string' && s.length > 0;`, expected: true },
  { source: B64, what: 'web-safe decoding restores text with +/=', script: `return Utilities.newBlob(Utilities.base64DecodeWebSafe(Utilities.base64EncodeWebSafe(${TROUBLE}))).getDataAsString();`, expected: `${TEXT}+/=` },
  { source: B64, what: 'base64Decode restores the text', script: `return Utilities.newBlob(Utilities.base64Decode(Utilities.base64Encode(${J(TEXT)}))).getDataAsString();`, expected: TEXT },
  { source: B64, what: 'base64Decode also reads a web-safe encoding of the text', script: `return Utilities.newBlob(Utilities.base64Decode(Utilities.base64EncodeWebSafe(${J(TEXT)}))).getDataAsString();`, expected: TEXT },
  { source: B64, what: 'base64Decode also reads a web-safe encoding of text with +/=', script: `return Utilities.newBlob(Utilities.base64Decode(Utilities.base64EncodeWebSafe(${TROUBLE}))).getDataAsString();`, expected: `${TEXT}+/=` },
];

const blob = `var blob = Utilities.newBlob(${J(TEXT)});`;
const blob2 = `${blob} var blob2 = Utilities.newBlob(blob.getBytes(), 'text/plain', 'blobby');`;
const blobCases: ConformanceCase[] = [
  { source: BLOB, what: 'a blob from a string has no name', script: `${blob} return blob.getName();`, expected: null },
  { source: BLOB, what: 'a blob from a string is text/plain', script: `${blob} return blob.getContentType();`, expected: 'text/plain' },
  { source: BLOB, what: 'a blob gives back its string', script: `${blob} return blob.getDataAsString();`, expected: TEXT },
  { source: BLOB, what: 'a blob from bytes keeps the name given', script: `${blob2} return blob2.getName();`, expected: 'blobby' },
  { source: BLOB, what: 'a blob from bytes keeps the content type given', script: `${blob2} return blob2.getContentType();`, expected: 'text/plain' },
  { source: BLOB, what: 'a blob from bytes gives back the string', script: `${blob2} return blob2.getDataAsString();`, expected: TEXT },
  { source: BLOB, what: 'a blob from bytes gives back the same bytes', script: `${blob2} return JSON.stringify(blob2.getBytes()) === JSON.stringify(blob.getBytes());`, expected: true },
  { source: BLOB, what: 'a copied blob takes a new name', script: `${blob2} var b3 = blob.copyBlob(); b3.setName(blob2.getName()); return b3.getName();`, expected: 'blobby' },
  { source: BLOB, what: 'setBytes then getBytes gives the bytes set', script: `${blob} var r = blob.getBytes().slice().reverse(); return JSON.stringify(blob.copyBlob().setBytes(r).getBytes()) === JSON.stringify(r);`, expected: true },
  { source: BLOB, what: 'setDataFromString then getDataAsString', script: `${blob2} return blob.copyBlob().setDataFromString(${J(TEXT)}).getDataAsString() === blob2.getDataAsString();`, expected: true },
  { source: BLOB, what: 'a blob of text is not a Google type', script: `${blob} return blob.copyBlob().isGoogleType();`, expected: false },
];

const extraCases: ConformanceCase[] = [
  { source: EXTRA, what: 'formatDate in GMT', script: `return Utilities.formatDate(new Date(Date.UTC(2023, 0, 1, 12, 0, 0)), 'GMT', 'yyyy-MM-dd HH:mm:ss');`, expected: '2023-01-01 12:00:00' },
  { source: EXTRA, what: 'computeHmacSignature(HMAC_SHA_256) gives an array', script: `return Array.isArray(Utilities.computeHmacSignature(Utilities.MacAlgorithm.HMAC_SHA_256, 'value', 'key'));`, expected: true },
  { source: EXTRA, what: 'computeHmacSignature(HMAC_SHA_256) gives 32 bytes', script: `return Utilities.computeHmacSignature(Utilities.MacAlgorithm.HMAC_SHA_256, 'value', 'key').length;`, expected: 32 },
  { source: GZ, what: 'getUuid gives a non-empty string', script: `var u = Utilities.getUuid(); return typeof u === 'string' && u.length > 0;`, expected: true },
];

conformance('Utilities', [...base64Cases, ...hmacCases, ...extraCases, ...digestCases, ...digestErrors]);
conformance('Blob', blobCases);
