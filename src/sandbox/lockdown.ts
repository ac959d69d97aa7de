// Remove what translated code must never reach inside the worker: the process object, code
// constructors and eval. Translated code only touches `$` and `G`, and Python attribute access
// never reaches JS internals (see ARCHITECTURE.md); this is defence in depth on top of that.
export function lockdown(): void {
  const g = globalThis as any;
  // The parser reads process.env / process.execArgv; give it an inert, frozen stand-in.
  const inert = Object.freeze({ env: Object.freeze({}), execArgv: Object.freeze([]), platform: 'linux', versions: Object.freeze({}) });
  try { delete g.process; } catch { /* ignore */ }
  try { Object.defineProperty(g, 'process', { value: inert, writable: false, configurable: false }); } catch { /* ignore */ }
  for (const name of ['require', 'module', 'exports', 'eval', 'WebAssembly', 'fetch', 'Buffer',
    'setImmediate', 'clearImmediate', 'queueMicrotask', 'structuredClone', 'SharedArrayBuffer', 'Atomics']) {
    try { delete g[name]; } catch { /* non-configurable */ }
    if (name in g) { try { Object.defineProperty(g, name, { value: undefined, configurable: false, writable: false }); } catch { /* ignore */ } }
  }
  // Function, GeneratorFunction and AsyncFunction constructors compile code from strings.
  const ctors = [
    Function,
    Object.getPrototypeOf(function* () { /* */ }).constructor,
    Object.getPrototypeOf(async function () { /* */ }).constructor,
    Object.getPrototypeOf(async function* () { /* */ }).constructor,
  ];
  for (const C of ctors) {
    try { Object.defineProperty(C.prototype, 'constructor', { value: undefined, writable: false, configurable: false }); } catch { /* ignore */ }
  }
  try { Object.defineProperty(g, 'Function', { value: undefined, writable: false, configurable: false }); } catch { /* ignore */ }
}
