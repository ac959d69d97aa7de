// timers, hand-written: 50k async functions sleeping distinct small delays (at most 50 ms).
// `--clock virtual`: a minimal virtual-clock timer heap instead of setTimeout.
'use strict';
const N = 50_000;
const virtual = process.argv.includes('virtual');

// Virtual clock: a binary heap of [deadline, seq, resolve]; run it when nothing else is pending.
const heap = [];
let seq = 0, now = 0, scheduled = false;
const less = (a, b) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
function push(e) {
  heap.push(e);
  for (let i = heap.length - 1; i > 0;) {
    const p = (i - 1) >> 1;
    if (!less(heap[i], heap[p])) break;
    [heap[i], heap[p]] = [heap[p], heap[i]]; i = p;
  }
}
function pop() {
  const top = heap[0], last = heap.pop();
  if (heap.length) {
    heap[0] = last;
    for (let i = 0; ;) {
      const l = 2 * i + 1, r = l + 1; let m = i;
      if (l < heap.length && less(heap[l], heap[m])) m = l;
      if (r < heap.length && less(heap[r], heap[m])) m = r;
      if (m === i) break;
      [heap[i], heap[m]] = [heap[m], heap[i]]; i = m;
    }
  }
  return top;
}
function fire() {
  scheduled = false;
  if (!heap.length) return;
  const e = pop(); now = e[0]; e[2]();
  scheduled = true; setImmediate(fire);
}
function sleep(s) {
  if (!virtual) return new Promise(resolve => setTimeout(resolve, s * 1000));
  return new Promise(resolve => {
    push([now + s, seq++, resolve]);
    if (!scheduled) { scheduled = true; setImmediate(fire); }
  });
}

async function sleeper(i, woke) {
  await sleep(((i * 7919) % N + 1) * 1e-6);
  woke.push(i);
}
async function main() {
  const woke = [];
  const tasks = [];
  for (let i = 0; i < N; i++) tasks.push(sleeper(i, woke));
  await Promise.all(tasks);
  console.log(`${woke.length} ${woke.reduce((a, b) => a + b, 0)} ${new Set(woke).size}`);
}
main();
