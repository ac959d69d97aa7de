// pingpong, hand-written: two async functions pass a counter through two queues 200k times.
'use strict';
const { AsyncQueue } = require('./lib/queue');
const N = 200_000;
async function ping(toPong, toPing) {
  let value = 0;
  for (let i = 0; i < N; i++) { await toPong.put(value); value = await toPing.get(); }
  return value;
}
async function pong(toPong, toPing) {
  let seen = 0;
  for (let i = 0; i < N; i++) { const v = await toPong.get(); seen++; await toPing.put(v + 1); }
  return seen;
}
async function main() {
  const a = new AsyncQueue(), b = new AsyncQueue();
  const [final, seen] = await Promise.all([ping(a, b), pong(a, b)]);
  console.log(`${final} ${seen} ${a.qsize()} ${b.qsize()}`);
}
main();
