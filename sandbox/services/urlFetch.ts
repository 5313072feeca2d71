// UrlFetchApp fake: never touches the network; records each request and answers from the table a
// test or scenario set on the sandbox (exact URL, or a prefix ending in '*'), else from the SMS and
// WhatsApp gateways (gateways.ts); counts the day's calls against Google's quota.
import type { ExecutionContext, FetchResponse } from '../core/execution';
import type { Fake, Internal } from './gasShapes';
import { scriptError } from '../core/execution';
import { createBlob } from './blob';
import { answerGateway } from './gateways';
import { countUrlFetch, URL_FETCH_QUOTA_MESSAGE } from '../core/quotas';

interface FetchParams {
  method?: string;
  headers?: Record<string, string>;
  payload?: string | Record<string, unknown>;
  contentType?: string;
  muteHttpExceptions?: boolean;
  followRedirects?: boolean;
  validateHttpsCertificates?: boolean;
  escaping?: boolean;
}

function lookup(table: Record<string, FetchResponse>, url: string): FetchResponse | undefined {
  if (table[url]) return table[url];
  const prefix = Object.keys(table).filter((k) => k.endsWith('*') && url.startsWith(k.slice(0, -1))).sort((a, b) => b.length - a.length)[0];
  return prefix ? table[prefix] : undefined;
}

/** UrlFetchApp and HTTPResponse as Google's reference has them (sandbox/services/gasShapes.ts). */
export function createUrlFetchApp(ctx: ExecutionContext): Fake<GoogleAppsScript.URL_Fetch.UrlFetchApp> {
  const fetch = (url: string, params: FetchParams = {}): Fake<GoogleAppsScript.URL_Fetch.HTTPResponse> & Internal => {
    ctx.call('UrlFetchApp.fetch');
    if (!countUrlFetch(ctx.world, ctx.user, ctx.now().getTime())) throw scriptError(URL_FETCH_QUOTA_MESSAGE, 'URLFETCH_QUOTA');
    const payload = params.payload === undefined ? null : typeof params.payload === 'string' ? params.payload : JSON.stringify(params.payload);
    // UrlFetchApp sends contentType as the Content-Type header.
    const sentHeaders = { ...(params.contentType ? { 'Content-Type': params.contentType } : {}), ...(params.headers ?? {}) };
    const request = { url, method: (params.method ?? 'get').toUpperCase(), headers: sentHeaders, payload, atMs: ctx.now().getTime() };
    ctx.hooks.urlFetch.requests.push(request);
    let response = lookup(ctx.hooks.urlFetch.responses, url);
    if (!response) {
      const answer = answerGateway(ctx.world, request, ctx.hooks.urlFetch.gatewayFaults ?? null);
      if (answer?.kind === 'no-answer') {
        ctx.wait(answer.waitMs);
        throw scriptError(answer.message, 'URLFETCH_NO_ANSWER');
      }
      response = answer?.response;
    }
    if (!response) throw scriptError(`Address unavailable: ${url}`, 'URLFETCH_UNREACHABLE');
    if (response.status >= 400 && !params.muteHttpExceptions) {
      throw scriptError(`Request failed for ${url} returned code ${response.status}. Truncated server response: ${response.body.slice(0, 100)} (use muteHttpExceptions option to examine full response)`, 'URLFETCH_HTTP');
    }
    const headers = response.headers ?? {};
    return {
      getResponseCode: () => response.status,
      getContentText: () => response.body,
      getHeaders: () => ctx.toRealm({ ...headers }),
      getAllHeaders: () => ctx.toRealm({ ...headers }),
      // Header names are case-insensitive (RFC 9110; HTTP/2 servers send them in lower case).
      getBlob: () => createBlob(ctx, response.body, Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? 'text/plain'),
    };
  };
  return {
    fetch,
    fetchAll: (requests: Array<string | (FetchParams & { url: string })>) =>
      requests.map((r) => (typeof r === 'string' ? fetch(r) : fetch(r.url, r))),
  };
}
