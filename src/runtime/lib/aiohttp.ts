// Simulated `aiohttp` (client side). There is no network in the sandbox: a request completes after
// a deterministic amount of virtual loop time and returns a synthetic response. The model (also in
// README.md):
//   latency  = 0.1 + 0.01 * (len(url) % 10) seconds, paid while awaiting session.get(...) (the
//              response headers), exactly as `await asyncio.sleep(latency)` — so it is cancellable
//              and ordered with other timers. A path segment /delay/N makes it N seconds instead.
//   status   = 200, or N for a path segment /status/N (httpbin-style).
//   body     = '<html>{url}</html>' (text/html), or for URLs whose path ends in .json or contains
//              /api/ or /json: '{"url": "{url}", "status": N}' (application/json).
//   reading the body (text/json/read) yields once to the loop (sleep(0)).
//   ClientTimeout(total=T): a request slower than T raises TimeoutError after T seconds.
import { PyObject, PyClass, nativeClass, None } from '../py/object';
import { E, pyErr, PyBaseException } from '../py/exceptions';
import { pyfunc, Kw } from '../py/call';
import { repr, str } from '../py/protocols';
import { registerModule } from '../py/modules';
import { PyBytes } from '../py/bytes';
import { PyFloat } from '../py/object';
import { sleep } from '../tasksApi';
import { rtCoroutine, aw } from './_async';
import { await_ } from '../py/generators';
import { newDict } from './_rt';
import { decode } from './_jsondec';

const exc = (name: string, bases: PyClass[]) => nativeClass({ name, module: 'aiohttp.client_exceptions', bases, es: PyBaseException });
const ClientError = exc('ClientError', [E.Exception]);
const ClientConnectionError = exc('ClientConnectionError', [ClientError]);
const ClientResponseError = exc('ClientResponseError', [ClientError]);
const ContentTypeError = exc('ContentTypeError', [ClientResponseError]);
const InvalidURL = exc('InvalidURL', [ClientError, E.ValueError]);
const ServerTimeoutError = exc('ServerTimeoutError', [ClientConnectionError, E.TimeoutError]);
const ClientConnectorError = exc('ClientConnectorError', [ClientConnectionError]);

const REASONS: Record<number, string> = { 200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found',
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 429: 'Too Many Requests',
  500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };

class URL extends PyObject {
  constructor(public $s = '') { super(); }
  __str__() { return this.$s; }
  __repr__() { return `URL(${repr(this.$s)})`; }
  __eq__(o: any) { return o instanceof URL ? o.$s === this.$s : false; }
  __hash__() { return this.$s.length; }
  get host() { return /^[a-z]+:\/\/([^/:?#]+)/i.exec(this.$s)?.[1] ?? None; }
  get path() { return /^[a-z]+:\/\/[^/?#]*([^?#]*)/i.exec(this.$s)?.[1] || '/'; }
  get scheme() { return /^([a-z]+):/i.exec(this.$s)?.[1] ?? ''; }
}
const urlClass = nativeClass({ name: 'URL', module: 'yarl', es: URL, new: (_C, a) => new URL(str(a[0])) });

class Timeout extends PyObject {
  total: any = None; connect: any = None; sock_read: any = None; sock_connect: any = None;
  __repr__() { return `ClientTimeout(total=${repr(this.total)}, connect=${repr(this.connect)}, sock_read=${repr(this.sock_read)}, sock_connect=${repr(this.sock_connect)}, ceil_threshold=5)`; }
}
const timeoutClass = nativeClass({ name: 'ClientTimeout', module: 'aiohttp.client', es: Timeout, new: (_C, args, kw) => {
  const t = new Timeout();
  ['total', 'connect', 'sock_read', 'sock_connect'].forEach((k, i) => { const v = kw?.get(k) ?? args[i]; if (v !== undefined) (t as any)[k] = v; });
  return t;
} });
const num = (v: any) => (v instanceof PyFloat ? v.v : typeof v === 'number' ? v : Number(v));

class Response extends PyObject {
  $url = ''; status = 200; reason = 'OK'; method = 'GET'; $body = ''; $json = false; $closed = false;
  get url() { return new URL(this.$url); }
  get ok() { return this.status < 400; }
  get content_type() { return this.$json ? 'application/json' : 'text/html'; }
  get headers() { return newDict([['Content-Type', `${this.content_type}; charset=utf-8`], ['Content-Length', String(new TextEncoder().encode(this.$body).length)]]); }
}
function bodyStep<T>(r: Response, name: string, f: () => T) {
  return rtCoroutine(`ClientResponse.${name}`, function* () { yield* aw(sleep(0)); return f(); });
}
const responseClass = nativeClass({ name: 'ClientResponse', module: 'aiohttp.client_reqrep', es: Response, dict: {
  text(this: Response) { return bodyStep(this, 'text', () => this.$body); },
  read(this: Response) { return bodyStep(this, 'read', () => new PyBytes(new TextEncoder().encode(this.$body))); },
  json(this: Response) {
    return bodyStep(this, 'json', () => {
      if (!this.$json) throw responseError(ContentTypeError, this, `Attempt to decode JSON with unexpected mimetype: ${this.content_type}`, 0);
      return decode(this.$body, { objectHook: None, pairsHook: None, parseFloat: None, parseInt: None, parseConstant: None, strict: true });
    });
  },
  raise_for_status(this: Response) { if (this.status >= 400) throw responseError(ClientResponseError, this, this.reason); return None; },
  release(this: Response) { this.$closed = true; return None; },
  close(this: Response) { this.$closed = true; return None; },
  __aenter__(this: Response) { const r = this; return rtCoroutine('ClientResponse.__aenter__', function* () { return r; }); },
  __aexit__(this: Response) { const r = this; return rtCoroutine('ClientResponse.__aexit__', function* () { r.$closed = true; return None; }); },
  __repr__(this: Response) { return `<ClientResponse(${this.$url}) [${this.status} ${this.reason}]>`; },
} });

function responseError(C: PyClass, r: Response, message: string, status = r.status) {
  const e = pyErr(C, `${status}, message=${repr(message)}, url=${repr(r.url)}`);
  e.status = status; e.message = message; e.request_info = None; e.history = [];
  return e;
}

/** Build the response a request to `url` gets (see the model above). */
function respond(method: string, url: string): [Response, number] {
  const r = new Response();
  r.$url = url; r.method = method;
  const path = /^[a-z]+:\/\/[^/?#]*([^?#]*)/i.exec(url)?.[1] ?? '';
  const st = /\/status\/(\d{3})(?:\/|$)/.exec(path);
  r.status = st ? Number(st[1]) : 200;
  r.reason = REASONS[r.status] ?? '';
  r.$json = /\.json$|\/api\/|\/json(?:\/|$)/.test(path);
  r.$body = r.$json ? `{"url": "${url}", "status": ${r.status}}` : `<html>${url}</html>`;
  const d = /\/delay\/(\d+(?:\.\d+)?)(?:\/|$)/.exec(path);
  return [r, d ? Number(d[1]) : 0.1 + 0.01 * ([...url].length % 10)];
}

class Session extends PyObject { $closed = false; $timeout: any = None; $base = ''; get closed() { return this.$closed; } get timeout() { return this.$timeout; } }

class RequestCM extends PyObject {
  $coro: any; $resp: Response | undefined;
  __await__(this: RequestCM) { return await_(this.$coro); }
  __aenter__(this: RequestCM) { const self = this; return rtCoroutine('_RequestContextManager.__aenter__', function* () { self.$resp = yield* aw(self.$coro); return self.$resp; }); }
  __aexit__(this: RequestCM) { const self = this; return rtCoroutine('_RequestContextManager.__aexit__', function* () { if (self.$resp) self.$resp.$closed = true; return None; }); }
}
nativeClass({ name: '_RequestContextManager', module: 'aiohttp.client', es: RequestCM });

function request(s: Session, method: string, url0: any, kw: Kw | undefined): RequestCM {
  const url = (url0 instanceof URL ? url0.$s : str(url0));
  const full = s.$base && !/^[a-z]+:\/\//i.test(url) ? s.$base.replace(/\/$/, '') + '/' + url.replace(/^\//, '') : url;
  const cm = new RequestCM();
  const timeout = kw?.get('timeout') ?? s.$timeout;
  cm.$coro = rtCoroutine(`ClientSession._request`, function* () {
    if (s.$closed) throw pyErr(E.RuntimeError, 'Session is closed');
    if (!/^https?:\/\/[^/]+/i.test(full)) throw pyErr(InvalidURL, full);
    const [resp, latency] = respond(method, full);
    const total = timeout instanceof Timeout && timeout.total !== None ? num(timeout.total) : Infinity;
    if (latency > total) { yield* aw(sleep(new PyFloat(total))); throw pyErr(E.TimeoutError); }
    yield* aw(sleep(new PyFloat(latency)));
    if (kw?.get('raise_for_status') === true) (responseClass.prototype.raise_for_status as any).call(resp);
    return resp;
  });
  return cm;
}
const verb = (m: string) => Object.assign(function (this: Session, url: any) { return request(this, m, url, undefined); }, {
  $callKw(this: Session, pos: any[], kw: Kw) { return request(this, m, pos[0] ?? kw.get('url'), kw); },
});

const sessionClass = nativeClass({ name: 'ClientSession', module: 'aiohttp.client', es: Session, new: (_C, args, kw) => {
  const s = new Session();
  s.$timeout = kw?.get('timeout') ?? None;
  const base = kw?.get('base_url') ?? args[0];
  if (base !== undefined && base !== None) s.$base = base instanceof URL ? base.$s : str(base);
  return s;
}, dict: {
  get: verb('GET'), post: verb('POST'), put: verb('PUT'), delete: verb('DELETE'), patch: verb('PATCH'), head: verb('HEAD'), options: verb('OPTIONS'),
  request: Object.assign(function (this: Session, method: any, url: any) { return request(this, str(method).toUpperCase(), url, undefined); }, {
    $callKw(this: Session, pos: any[], kw: Kw) { return request(this, str(pos[0] ?? kw.get('method')).toUpperCase(), pos[1] ?? kw.get('url'), kw); },
  }),
  close(this: Session) { const s = this; return rtCoroutine('ClientSession.close', function* () { s.$closed = true; return None; }); },
  __aenter__(this: Session) { const s = this; return rtCoroutine('ClientSession.__aenter__', function* () { return s; }); },
  __aexit__(this: Session) { const s = this; return rtCoroutine('ClientSession.__aexit__', function* () { s.$closed = true; return None; }); },
  __repr__(this: Session) { return `<aiohttp.client.ClientSession object at 0x7f3a1c0a0000>`; },
} });

class Connector extends PyObject { limit: any = 100; }
const connectorClass = nativeClass({ name: 'TCPConnector', module: 'aiohttp.connector', es: Connector, new: (_C, _a, kw) => { const c = new Connector(); c.limit = kw?.get('limit') ?? 100; return c; } });

registerModule('aiohttp', () => ({
  ClientSession: sessionClass, ClientResponse: responseClass, ClientTimeout: timeoutClass, TCPConnector: connectorClass,
  ClientError, ClientConnectionError, ClientResponseError, ContentTypeError, InvalidURL, ServerTimeoutError, ClientConnectorError,
  request: pyfunc('request', ['method', 'url', '**kwargs'], (m: any, u: any, kw: Kw) => request(new Session(), str(m).toUpperCase(), u, kw)),
  __version__: '3.9.1',
}));
registerModule('yarl', () => ({ URL: urlClass }));
