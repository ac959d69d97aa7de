// spawn, hand-written: 100k async functions, each yielding one macrotask turn, then Promise.all.
'use strict';
const N = 100_000;
const sleep0 = () => new Promise(resolve => setImmediate(resolve));
async function worker(i) { await sleep0(); return i; }
async function main() {
  const tasks = [];
  for (let i = 0; i < N; i++) tasks.push(worker(i));
  const results = await Promise.all(tasks);
  const sum = results.reduce((a, b) => a + b, 0);
  console.log(`${results.length} ${sum} [${results.slice(0, 3).join(', ')}] ${results[N - 1]}`);
}
main();
