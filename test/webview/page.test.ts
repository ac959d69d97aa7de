import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { taskViewHtml, contentSecurityPolicy, makeNonce } from '../../src/webview/html';
import { RENDERER_CSS } from '../../src/webview/client/rendererStyles';
import { isHostToView, isViewToHost } from '../../src/webview/protocol';

describe('webview page and protocol', () => {
  it('dist/taskview.css (built) is the same stylesheet the renderer injects', () => {
    const css = fs.readFileSync(path.join(__dirname, '../../dist/taskview.css'), 'utf8');
    assert.strictEqual(css, RENDERER_CSS);
  });
  it('has a strict CSP: no inline script or style, scripts only by nonce', () => {
    const csp = contentSecurityPolicy({ cspSource: 'vscode-webview://x', nonce: 'abc' });
    assert.match(csp, /default-src 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    const html = taskViewHtml({ scriptUri: 'https://w/dist/webview.js', styleUri: 'https://w/media/taskview.css', cspSource: 'https://w', nonce: 'abc' });
    const scripts = html.match(/<script[^>]*>[^<]*<\/script>/g)!;
    assert.deepStrictEqual(scripts, ['<script nonce="abc" src="https://w/dist/webview.js"></script>']);
    assert.doesNotMatch(html, /<style|style="/);
  });
  it('with the monaco code pane: scripts still only by nonce, inline styles allowed for monaco', () => {
    const monaco = { scriptUri: 'https://w/dist/monaco/monaco.js', styleUri: 'https://w/dist/monaco/monaco.css' };
    const csp = contentSecurityPolicy({ cspSource: 'https://w', nonce: 'abc', monaco });
    assert.match(csp, /script-src 'nonce-abc'(;|$)/);
    assert.match(csp, /style-src https:\/\/w 'unsafe-inline'/);
    assert.doesNotMatch(csp, /unsafe-eval|script-src[^;]*unsafe-inline/);
    const html = taskViewHtml({ scriptUri: 'https://w/dist/webview.js', styleUri: 'https://w/dist/taskview.css', cspSource: 'https://w', nonce: 'abc', monaco });
    const scripts = html.match(/<script[^>]*>[^<]*<\/script>/g)!;
    assert.deepStrictEqual(scripts, [
      '<script nonce="abc" src="https://w/dist/monaco/monaco.js"></script>',
      '<script nonce="abc" src="https://w/dist/webview.js"></script>',
    ], 'monaco loads first: the page script finds it');
    assert.doesNotMatch(html, /<style|style="/);
  });
  it('makes alphanumeric nonces', () => {
    const n = makeNonce(k => new Uint8Array(k).map((_, i) => i * 37));
    assert.match(n, /^[A-Za-z0-9]{16,}$/);
  });
  it('checks message shapes', () => {
    assert.ok(isHostToView({ type: 'trace', trace: { version: 1, events: [] } }));
    assert.ok(!isHostToView({ type: 'nope' }));
    assert.ok(isViewToHost({ type: 'reveal', line: 3 }));
    assert.ok(!isViewToHost({ type: 'reveal' }));
  });
  it('client code never imports vscode', () => {
    const dir = path.join(__dirname, '../../src/webview/client');
    for (const f of fs.readdirSync(dir)) {
      assert.doesNotMatch(fs.readFileSync(path.join(dir, f), 'utf8'), /from 'vscode'|require\('vscode'\)/, f);
    }
  });
});
