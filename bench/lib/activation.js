// Extension activation, measured outside VS Code: `require(dist/extension.js)` + `activate()`
// against a stand-in `vscode` module in which every API is an inert callable (so only the
// extension's own work is timed, not VS Code's). Prints {"ms": [...], "loaded": [...]}: the wall
// time of each fresh activation (one process per call of this script, first activation only)
// and which bundles of dist/ it loaded (core.js, pyright.js must wait until something runs or parses).
'use strict';
const Module = require('module');
const path = require('path');

/** A value every vscode API call can return: callable, constructible, any property, thenable-free. */
function inert() {
  const fn = function () { return proxy; };
  const proxy = new Proxy(fn, {
    get(t, k) {
      if (k === 'then') return undefined; // not a Promise
      if (k === Symbol.toPrimitive) return () => '';
      if (k === Symbol.iterator) return function* () { /* empty */ };
      if (k === 'dispose') return () => undefined;
      return proxy;
    },
    // The bundle reads `vscode` through esbuild's __toESM(), an object whose prototype is the
    // module's prototype: answer every name there too.
    getPrototypeOf() { return proxy; },
    set() { return true; },
    defineProperty() { return true; },
    apply() { return proxy; },
    construct() { return proxy; },
  });
  return proxy;
}

function main() {
  const dist = path.resolve(process.argv[2] || path.join(__dirname, '..', '..', 'dist'));
  const stub = inert();
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (req, ...rest) { return req === 'vscode' ? 'vscode' : resolve.call(this, req, ...rest); };
  require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: stub };
  const context = { subscriptions: [], extensionPath: path.dirname(dist), extensionUri: stub, extension: { id: 'asyncio-lab.asyncio-lab' },
    globalState: stub, workspaceState: stub, asAbsolutePath: p => path.join(path.dirname(dist), p) };
  // Bundles loaded through the code cache (src/bundle/codeCache.ts) are read, not required.
  const fs = require('fs');
  const read = new Set();
  const readFileSync = fs.readFileSync;
  fs.readFileSync = function (f, ...rest) {
    if (typeof f === 'string' && f.startsWith(dist)) read.add(path.basename(f));
    return readFileSync.call(this, f, ...rest);
  };
  const t0 = process.hrtime.bigint();
  const ext = require(path.join(dist, 'extension.js'));
  ext.activate(context);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  fs.readFileSync = readFileSync;
  const loaded = [...new Set([...Object.keys(require.cache).filter(f => f.startsWith(dist)).map(f => path.basename(f)), ...read])];
  process.stdout.write(JSON.stringify({ ms: [ms], loaded, outputs: [''] }) + '\n');
}

main();
