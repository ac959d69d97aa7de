// list.sort / sorted: CPython's stable TimSort semantics. V8's Array.prototype.sort is a port of
// CPython's listsort and, given a comparator that only answers "a < b?" (-1) or "not" (1), asks
// the same questions in the same order, so user __lt__ calls and TypeErrors match CPython.
'use strict';
import { PyFloat, None } from './object';
import { E, pyErr } from './exceptions';
import { truthy } from './protocols';
import { lt } from './ops';
import { call } from './call';
import { strCmp, isWide } from './str';

type Cmp = (a: any, b: any) => number;

const numCmp: Cmp = (a, b) => (a < b ? -1 : 1);
const floatCmp: Cmp = (a, b) => (num(a) < num(b) ? -1 : 1);
const strCmpFn: Cmp = (a, b) => (a < b ? -1 : 1);
const wideStrCmp: Cmp = (a, b) => (strCmp(a, b) < 0 ? -1 : 1);
const genericCmp: Cmp = (a, b) => (truthy(lt(a, b)) ? -1 : 1);

function num(v: any): number | bigint { return v instanceof PyFloat ? v.v : v; }

/** Pick a comparator: specialised when all keys share a simple type (as CPython's
 *  unsafe_*_compare pre-check does), otherwise the generic `<`. */
function chooseCmp(keys: any[]): Cmp {
  if (keys.length < 2) return genericCmp;
  const t0 = typeof keys[0];
  if (t0 === 'string') {
    let wide = false;
    for (const k of keys) { if (typeof k !== 'string') return genericCmp; if (!wide && isWide(k)) wide = true; }
    return wide ? wideStrCmp : strCmpFn;
  }
  let sawFloat = false;
  for (const k of keys) {
    const t = typeof k;
    if (t === 'number' || t === 'bigint') continue;
    if (k instanceof PyFloat && !Number.isNaN(k.v)) { sawFloat = true; continue; }
    return genericCmp;
  }
  return sawFloat ? floatCmp : numCmp;
}

/** Sort `items` in place (stable) with optional key function and reverse flag. */
export function sortArray(items: any[], key: any, reverse: boolean): void {
  if (key === undefined || key === None) {
    if (reverse) items.reverse();
    items.sort(chooseCmp(items));
    if (reverse) items.reverse();
    return;
  }
  // Keys are computed in the original order, then reversed along with the items (as CPython).
  const keys = items.map(x => call(key, x));
  if (reverse) { keys.reverse(); items.reverse(); }
  const idx = items.map((_, i) => i);
  const cmp = chooseCmp(keys);
  idx.sort((i, j) => cmp(keys[i], keys[j]));
  const copy = items.slice();
  for (let i = 0; i < idx.length; i++) items[i] = copy[idx[i]];
  if (reverse) items.reverse();
}

/** list.sort(): the list looks empty while sorting; mutation is detected as CPython does. */
export function listSort(list: any[], key: any, reverse: boolean): void {
  const items = list.slice();
  list.length = 0;
  try {
    sortArray(items, key, reverse);
  } finally {
    const modified = list.length !== 0;
    list.length = 0;
    for (let i = 0; i < items.length; i++) list.push(items[i]);
    if (modified) throw pyErr(E.ValueError, 'list modified during sort');
  }
}
