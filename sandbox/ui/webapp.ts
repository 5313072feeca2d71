// Serves the deployed web app (doGet) on 127.0.0.1 for a browser: each GET is one execution of doGet with
// Google's event shape (`parameter`, `parameters`, `queryString`), run as the owner for an anonymous visitor;
// the deployment's /exec address in the page points back here, as Google's front end routes it.
import * as http from 'http';
import type { AddressInfo } from 'net';
import type { Sandbox } from '../core/runtime';

export interface WebAppServer {
  url: string;
  close(): Promise<void>;
}

export async function serveWebApp(sandbox: Sandbox, visitor = ''): Promise<WebAppServer> {
  const exec = sandbox.deployWebApp();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' || url.pathname !== '/exec') {
      res.writeHead(404).end();
      return;
    }
    const parameter: Record<string, string> = {};
    const parameters: Record<string, string[]> = {};
    for (const [k, v] of url.searchParams) {
      parameter[k] ??= v;
      (parameters[k] ??= []).push(v);
    }
    const event = { parameter, parameters, queryString: url.search.replace(/^\?/, ''), contextPath: '', contentLength: -1 };
    const result = sandbox.execute('doGet', [event], { context: 'webapp', user: visitor || sandbox.world.owner });
    if (result.error) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(result.error.message);
      return;
    }
    const html = (result.result as { getContent(): string }).getContent().split(exec).join(`http://127.0.0.1:${(server.address() as AddressInfo).port}/exec`);
    // HtmlService serves the page with the viewport tag addMetaTag set (every doGet here sets it).
    const page = html.replace('<head>', '<head><meta name="viewport" content="width=device-width, initial-scale=1">');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}/exec`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
