// What UrlFetchApp carries in the sandbox: requests, answers, and the gateways' injected faults (one leaf both sides import).

export interface FetchRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  payload: string | null;
  atMs: number;
}
export interface FetchResponse {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

export interface UrlFetchState {
  requests: FetchRequest[];
  /** Answers by exact URL, or by a URL prefix ending in '*'. */
  responses: Record<string, FetchResponse>;
  /** Gateways failing a share of calls (services/gateways.ts); null: they answer as documented. */
  gatewayFaults?: GatewayFaults | null;
}

/** Gateways failing a share of the calls: a server error (500/503), a rate limit (429), a connection that
 *  never opened, or a time-out after the gateway took the message (the script cannot tell it was sent). */
export type GatewayFaultKind = 'server' | 'unavailable' | 'rate' | 'unreachable' | 'timeout';
export interface GatewayFaults {
  rate: number;
  kinds: GatewayFaultKind[];
  random: () => number;
  injected: Array<{ url: string; kind: GatewayFaultKind }>;
}

