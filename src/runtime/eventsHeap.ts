// The timer heap of BaseEventLoop (heapq with a (when, seq) key: FIFO among equal deadlines).
// The deadlines live in their own number array beside the handles, so that sifting compares
// numbers in one contiguous array instead of loading a handle object per comparison (with 50k
// timers those loads were cache misses: most of the time of a timer-heavy loop).
import { TimerHandle } from './events';

export class TimerHeap {
  /** Deadlines, in heap order (a packed array of doubles). */
  private w: number[] = [];
  /** The handles, in the same order. */
  private a: TimerHandle[] = [];
  get length(): number { return this.a.length; }
  /** The handle with the earliest deadline (undefined when empty). */
  first(): TimerHandle | undefined { return this.a[0]; }
  /** Its deadline. */
  firstWhen(): number { return this.w[0]; }
  /** The handles in heap order (loop._scheduled). */
  items(): TimerHandle[] { return this.a.slice(); }

  /** Is entry i before entry j? The sequence number breaks ties (the oracle's StableTimerHandle). */
  private less(wi: number, ti: TimerHandle, wj: number, tj: TimerHandle): boolean {
    return wi < wj || (wi === wj && ti.$seq < tj.$seq);
  }
  push(t: TimerHandle) {
    const w = this.w, a = this.a, tw = t.$when;
    let i = a.length;
    w.push(tw); a.push(t);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(tw, t, w[p], a[p])) break;
      w[i] = w[p]; a[i] = a[p]; i = p;
    }
    w[i] = tw; a[i] = t;
  }
  pop(): TimerHandle {
    const w = this.w, a = this.a;
    const top = a[0];
    const lw = w.pop()!, last = a.pop()!;
    const n = a.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && this.less(w[r], a[r], w[l], a[l]) ? r : l;
        if (!this.less(w[c], a[c], lw, last)) break;
        w[i] = w[c]; a[i] = a[c]; i = c;
      }
      w[i] = lw; a[i] = last;
    }
    return top;
  }
  /** Keep the handles for which `keep` holds (the others are dropped), and restore the heap. */
  filter(keep: (t: TimerHandle) => boolean) {
    const items = this.a.filter(keep);
    this.w = []; this.a = [];
    for (const t of items) this.push(t);
  }
  clear() { this.w = []; this.a = []; }
}
