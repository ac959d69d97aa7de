// Helpers for the webview browser tests: playwright-core + Debian's chromium (installed outside
// the repo by scripts/e2e/install.sh), the bundles built, and a local server for the pages.
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { taskViewHtml } from '../../src/webview/html';

export const ROOT = path.join(__dirname, '../..');
const E2E_HOME = process.env.E2E_HOME || '/tmp/al-e2e';
const PW = path.join(E2E_HOME, 'driver', 'node_modules', 'playwright-core');

function playwright(): any {
  if (!fs.existsSync(PW)) {
    try {
      execFileSync('bash', [path.join(ROOT, 'scripts/e2e/install.sh')], { stdio: 'inherit', env: { ...process.env, E2E_HOME } });
    } catch (e) {
      throw new Error(`playwright-core is missing at ${PW} and scripts/e2e/install.sh failed (${(e as Error).message}); run it by hand`);
    }
  }
  return require(PW);
}

export function ensureBuilt() {
  const out = path.join(ROOT, 'dist/webview.js');
  const src = path.join(ROOT, 'src/webview/client');
  const newest = Math.max(...fs.readdirSync(src).map(f => fs.statSync(path.join(src, f)).mtimeMs));
  const stale = !fs.existsSync(out) || fs.statSync(out).mtimeMs < newest || !fs.existsSync(path.join(ROOT, 'dist/monaco/monaco.js'));
  if (stale) execFileSync('node', ['esbuild.js'], { cwd: ROOT, stdio: 'inherit' });
}

export function serve(): Promise<{ url: string; close(): void }> {
  const files: Record<string, [string, string]> = {
    '/dist/webview.js': [path.join(ROOT, 'dist/webview.js'), 'text/javascript'],
    '/dist/taskview.css': [path.join(ROOT, 'dist/taskview.css'), 'text/css'],
    '/dist/monaco/monaco.js': [path.join(ROOT, 'dist/monaco/monaco.js'), 'text/javascript'],
    '/dist/monaco/monaco.css': [path.join(ROOT, 'dist/monaco/monaco.css'), 'text/css'],
    '/dist/renderer.js': [path.join(ROOT, 'dist/renderer.js'), 'text/javascript'],
    '/renderer-harness.js': [path.join(__dirname, 'rendererHarness.js'), 'text/javascript'],
  };
  return new Promise(resolve => {
    const server = http.createServer((req, res) => {
      const origin = `http://127.0.0.1:${(server.address() as any).port}`;
      if (req.url === '/') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(taskViewHtml({
          scriptUri: `${origin}/dist/webview.js`, styleUri: `${origin}/dist/taskview.css`, cspSource: origin, nonce: 'TeStNoNcE123',
          monaco: { scriptUri: `${origin}/dist/monaco/monaco.js`, styleUri: `${origin}/dist/monaco/monaco.css` },
        }));
        return;
      }
      const f = files[req.url ?? ''];
      if (req.url === '/renderer') {
        // A notebook output element: the renderer is an ES module, loaded by a nonce'd module script.
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(`<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-R3nd'"></head>`
          + `<body><div id="out"></div><script type="module" nonce="R3nd" src="${origin}/renderer-harness.js"></script></body></html>`);
        return;
      }
      if (req.url === '/favicon.ico') { res.writeHead(204); res.end(); return; }
      if (!f) { res.writeHead(404); res.end(); return; }
      res.writeHead(200, { 'content-type': f[1] });
      res.end(fs.readFileSync(f[0]));
    });
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as any).port}/`, close: () => server.close() }));
  });
}

export async function launch(): Promise<any> {
  return playwright().chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
  });
}
