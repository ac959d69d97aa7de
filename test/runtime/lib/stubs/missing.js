// Test-only: stands for a kernel file that another engineer has not written yet. Any export
// access yields a function that throws when called.
module.exports = new Proxy({}, {
  get(_t, k) {
    if (k === '__esModule') return false;
    if (typeof k === 'symbol') return undefined;
    return function () { throw new Error(`kernel stub: ${String(k)} is not implemented yet`); };
  },
});
