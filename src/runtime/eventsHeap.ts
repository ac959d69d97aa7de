// The timer heap of BaseEventLoop (heapq with a (when, seq) key: FIFO among equal deadlines).
import { TimerHandle, timerLess } from './events';

export function heapPush(h: TimerHandle[], t: TimerHandle) {
  let i = h.length;
  h.push(t);
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!timerLess(t, h[p])) break;
    h[i] = h[p]; i = p;
  }
  h[i] = t;
}
export function heapPop(h: TimerHandle[]): TimerHandle {
  const top = h[0];
  const last = h.pop()!;
  const n = h.length;
  if (n > 0) {
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && timerLess(h[r], h[l]) ? r : l;
      if (!timerLess(h[c], last)) break;
      h[i] = h[c]; i = c;
    }
    h[i] = last;
  }
  return top;
}
export function heapify(h: TimerHandle[]) {
  const items = h.splice(0);
  for (const t of items) heapPush(h, t);
}

