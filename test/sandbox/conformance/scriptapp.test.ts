// gas-fakes' testscriptapp.js and testfetch.js restated: ScriptApp basics, and UrlFetchApp on canned answers (no network).
import { conformance, type ConformanceCase } from './harness';

const SCRIPT = 'testscriptapp.js › ScriptApp Basics';
const BLOBS = 'testfetch.js › urlfetchapp external and blobs';
const ALL = 'testfetch.js › urlfetchapp fetchAll';
const API = 'https://api.example.org/items';
const IMAGE = 'https://img.example.org/random.jpg';
// What the two servers answer: gas-fakes fetches a JSON API and a random JPEG.
const answers = {
  [API]: { status: 200, body: '[{"id":1},{"id":2}]', headers: { 'Content-Type': 'application/json' } },
  [IMAGE]: { status: 200, body: '\u00ff\u00d8\u00ff', headers: { 'content-type': 'image/jpeg' } },
};

const script: ConformanceCase[] = [
  { source: SCRIPT, what: 'getScriptId is a string', script: 'return typeof ScriptApp.getScriptId();', expected: 'string' },
  { source: SCRIPT, what: "AuthMode.FULL is 'FULL'", script: "return ScriptApp.AuthMode.FULL === 'FULL';", expected: true },
];

const fetch: ConformanceCase[] = [
  { source: BLOBS, what: "an image's blob has the server's content type", script: `return UrlFetchApp.fetch('${IMAGE}').getBlob().getContentType();`, expected: 'image/jpeg', fetchResponses: answers },
  { source: BLOBS, what: "an image's blob bytes are an array", script: `return Array.isArray(UrlFetchApp.fetch('${IMAGE}').getBlob().getBytes());`, expected: true, fetchResponses: answers },
  { source: BLOBS, what: 'the blob holds the same data as getContentText', script: `var r = UrlFetchApp.fetch('${API}'); return JSON.stringify(JSON.parse(r.getBlob().getDataAsString())) === JSON.stringify(JSON.parse(r.getContentText()));`, expected: true, fetchResponses: answers },
  { source: BLOBS, what: 'the JSON answer parses to an array', script: `return Array.isArray(JSON.parse(UrlFetchApp.fetch('${API}').getContentText()));`, expected: true, fetchResponses: answers },
  { source: BLOBS, what: "a JSON blob has the server's content type", script: `return UrlFetchApp.fetch('${API}').getBlob().getContentType();`, expected: 'application/json', fetchResponses: answers },
  { source: ALL, what: 'fetchAll answers each request in order', script: `var rs = UrlFetchApp.fetchAll([{ url: '${API}' }, { url: '${IMAGE}' }]); return [rs.length, rs[0].getResponseCode(), rs[1].getResponseCode(), rs[1].getBlob().getContentType()];`, expected: [2, 200, 200, 'image/jpeg'], fetchResponses: answers },
];

conformance('ScriptApp', script);
conformance('UrlFetchApp', fetch);
