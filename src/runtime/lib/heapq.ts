// `heapq` and `bisect`: CPython's exact algorithms (the same comparisons in the same order).
import { None, isList } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { pyfunc, call } from '../py/call';
import { iter, getitem, len } from '../py/protocols';
import { callMethod } from '../py/attrs';
import { registerModule } from '../py/modules';
import { genIterType } from '../py/iterators';
import { pyLt } from './_rt';

function heapArg(h: any): any[] {
  if (!isList(h)) throw pyErr(E.TypeError, `heap argument must be a list`);
  return h;
}
function siftdown(heap: any[], start: number, pos: number) {
  const item = heap[pos];
  while (pos > start) {
    const pp = (pos - 1) >> 1;
    const parent = heap[pp];
    if (pyLt(item, parent)) { heap[pos] = parent; pos = pp; continue; }
    break;
  }
  heap[pos] = item;
}
function siftup(heap: any[], pos: number) {
  const end = heap.length, start = pos, item = heap[pos];
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !pyLt(heap[child], heap[right])) child = right;
    heap[pos] = heap[child];
    pos = child;
    child = 2 * pos + 1;
  }
  heap[pos] = item;
  siftdown(heap, start, pos);
}
export function heappush(h: any, item: any) { const heap = heapArg(h); heap.push(item); siftdown(heap, 0, heap.length - 1); return None; }
export function heappop(h: any) {
  const heap = heapArg(h);
  if (!heap.length) throw pyErr(E.IndexError, 'index out of range');
  const last = heap.pop();
  if (heap.length) { const r = heap[0]; heap[0] = last; siftup(heap, 0); return r; }
  return last;
}
function heapify(h: any) { const heap = heapArg(h); for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftup(heap, i); return None; }

/** Stable sort by Python `<` (ascending), as sorted(). */
export function sortedBy(items: any[], key: (x: any) => any, reverse = false): any[] {
  const dec = items.map((x, i) => [key(x), i, x] as [any, number, any]);
  dec.sort((a, b) => {
    const [x, y] = reverse ? [b[0], a[0]] : [a[0], b[0]];
    return pyLt(x, y) ? -1 : pyLt(y, x) ? 1 : a[1] - b[1];
  });
  return dec.map(d => d[2]);
}
const keyFn = (k: any) => (k === None ? (x: any) => x : (x: any) => call(k, x));
function nBest(n: any, iterable: any, key: any, largest: boolean) {
  const k = Number(n);
  const items = Array.from(iter(iterable));
  if (k <= 0) return [];
  return sortedBy(items, keyFn(key), largest).slice(0, k);
}

const mergeIter = genIterType('generator');
function* mergeGen(its: any[], key: any, reverse: boolean) {
  const kf = keyFn(key);
  const srcs = its.map(x => (iter(x) as any)[Symbol.iterator]() as Iterator<any>);
  const heads: ({ v: any; k: any } | undefined)[] = srcs.map(s => { const r = s.next(); return r.done ? undefined : { v: r.value, k: kf(r.value) }; });
  for (;;) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) {
      const h = heads[i];
      if (!h) continue;
      if (best < 0 || (reverse ? pyLt(heads[best]!.k, h.k) : pyLt(h.k, heads[best]!.k))) best = i;
    }
    if (best < 0) return;
    yield heads[best]!.v;
    const r = srcs[best].next();
    heads[best] = r.done ? undefined : { v: r.value, k: kf(r.value) };
  }
}

registerModule('heapq', () => ({
  heappush: pyfunc('heappush', ['heap', 'item', '/'], heappush),
  heappop: pyfunc('heappop', ['heap', '/'], heappop),
  heapify: pyfunc('heapify', ['heap', '/'], heapify),
  heapreplace: pyfunc('heapreplace', ['heap', 'item', '/'], (h: any, item: any) => {
    const heap = heapArg(h);
    if (!heap.length) throw pyErr(E.IndexError, 'index out of range');
    const r = heap[0]; heap[0] = item; siftup(heap, 0); return r;
  }),
  heappushpop: pyfunc('heappushpop', ['heap', 'item', '/'], (h: any, item: any) => {
    const heap = heapArg(h);
    if (heap.length && pyLt(heap[0], item)) { const r = heap[0]; heap[0] = item; siftup(heap, 0); return r; }
    return item;
  }),
  nlargest: pyfunc('nlargest', ['n', 'iterable', 'key='], (n: any, it: any, key: any) => nBest(n, it, key, true), [None]),
  nsmallest: pyfunc('nsmallest', ['n', 'iterable', 'key='], (n: any, it: any, key: any) => nBest(n, it, key, false), [None]),
  merge: pyfunc('merge', ['*iterables', 'key=', 'reverse='], (its: any[], key: any, rev: any) => mergeIter.make(mergeGen(its, key, !!rev)), [None, false]),
}));

// ------------------------------------------------------------------ bisect

function bounds(a: any, lo: any, hi: any): [number, number] {
  const l = Number(lo);
  if (l < 0) throw pyErr(E.ValueError, 'lo must be non-negative');
  return [l, hi === None ? len(a) : Number(hi)];
}
const item = (a: any, i: number) => (Array.isArray(a) ? a[i] : getitem(a, i));
export function bisectRight(a: any, x: any, lo: any = 0, hi: any = None, key: any = None): number {
  let [l, h] = bounds(a, lo, hi);
  while (l < h) {
    const mid = (l + h) >> 1;
    const v = key === None ? item(a, mid) : call(key, item(a, mid));
    if (pyLt(x, v)) h = mid; else l = mid + 1;
  }
  return l;
}
export function bisectLeft(a: any, x: any, lo: any = 0, hi: any = None, key: any = None): number {
  let [l, h] = bounds(a, lo, hi);
  while (l < h) {
    const mid = (l + h) >> 1;
    const v = key === None ? item(a, mid) : call(key, item(a, mid));
    if (pyLt(v, x)) l = mid + 1; else h = mid;
  }
  return l;
}
const insert = (a: any, i: number, x: any) => { if (isList(a)) a.splice(i, 0, x); else callMethod(a, 'insert', i, x); return None; };
const B = ['a', 'x', 'lo=', 'hi=', '*', 'key='];
registerModule('bisect', () => {
  const br = pyfunc('bisect_right', B, bisectRight, [0, None, None]);
  const ir = pyfunc('insort_right', B, (a: any, x: any, lo: any, hi: any, key: any) => insert(a, bisectRight(a, key === None ? x : call(key, x), lo, hi, key), x), [0, None, None]);
  return {
    bisect_left: pyfunc('bisect_left', B, bisectLeft, [0, None, None]),
    bisect_right: br, bisect: br,
    insort_left: pyfunc('insort_left', B, (a: any, x: any, lo: any, hi: any, key: any) => insert(a, bisectLeft(a, key === None ? x : call(key, x), lo, hi, key), x), [0, None, None]),
    insort_right: ir, insort: ir,
  };
});

