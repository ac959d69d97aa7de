// lock, hand-written: 1,000 async functions x 100 acquisitions of one FIFO mutex,
// each holder yielding one macrotask turn.
'use strict';
const TASKS = 1000, ROUNDS = 100;
class Mutex {
  constructor() { this.locked = false; this.waiters = []; }
  acquire() {
    if (!this.locked && !this.waiters.length) { this.locked = true; return Promise.resolve(); }
    return new Promise(resolve => this.waiters.push(resolve));
  }
  release() {
    const next = this.waiters.shift();
    if (next) next(); else this.locked = false;
  }
}
const sleep0 = () => new Promise(resolve => setImmediate(resolve));
async function worker(tid, lock, state) {
  for (let i = 0; i < ROUNDS; i++) {
    await lock.acquire();
    try {
      state[0] += 1;
      state[1] = (state[1] * 31 + tid) % 1_000_003;
      await sleep0();
    } finally { lock.release(); }
  }
}
async function main() {
  const lock = new Mutex();
  const state = [0, 0];
  const tasks = [];
  for (let t = 0; t < TASKS; t++) tasks.push(worker(t, lock, state));
  await Promise.all(tasks);
  console.log(`${state[0]} ${state[1]} ${lock.locked ? 'True' : 'False'}`);
}
main();
