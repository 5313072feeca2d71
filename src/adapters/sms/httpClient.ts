// One HTTP request through UrlFetchApp (scope script.external_request), never throwing for an HTTP status:
// the status and text come back; a request that never got an answer (time-out, DNS) is a transient failure.
import type { HttpRequest } from './providers';

export type HttpOutcome = { answered: true; status: number; body: string } | { answered: false; detail: string; failure: 'transient' | 'uncertain' };

export function post(request: HttpRequest): HttpOutcome {
  try {
    const response = UrlFetchApp.fetch(request.url, {
      method: request.method,
      contentType: request.contentType,
      headers: request.headers,
      payload: request.payload,
      muteHttpExceptions: true,
      followRedirects: false,
    });
    return { answered: true, status: response.getResponseCode(), body: response.getContentText() };
  } catch (err) {
    // The exception names the address only; payload and headers (the key) are never in it. A time-out came
    // after the request left (the gateway may have sent it); anything else never reached it.
    const detail = (err instanceof Error ? err.message : String(err)).slice(0, 200);
    return { answered: false, detail, failure: /^timeout|timed out/i.test(detail) ? 'uncertain' : 'transient' };
  }
}
