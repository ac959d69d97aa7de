// futures, hand-written: 200k deferred promises, each resolved from a queued callback, awaited.
'use strict';
const N = 200_000;
async function main() {
  let total = 0;
  for (let i = 0; i < N; i++) {
    let resolve;
    const p = new Promise(r => { resolve = r; });
    queueMicrotask(() => resolve(i));
    total += await p;
  }
  console.log(String(total));
}
main();
