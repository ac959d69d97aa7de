// Container builtins: len, iteration helpers, sorted/min/max/sum/any/all, and the container
// classes themselves (list, tuple, dict, set, frozenset, str, range, slice, bytes).
'use strict';
import { None, listClass, tupleClass, strClass } from './object';
import { E, pyErr } from './exceptions';
import { iter, truthy, len, pyIter, next } from './protocols';
import { add, gt, lt } from './ops';
import { call } from './call';
import { PyBytes, bytesClass } from './bytes';
import { bytearrayClass } from './bytearray';
import { sortArray } from './listSort';
import { toArray, eqBool } from './listSeq';
import { enumerateType, zipType, mapType, filterType, reversedType, callableIter } from './iterators';
import { dictClass } from './dictMethods';
import { setClass, frozensetClass } from './set';
import { rangeClass } from './range';
import { sliceClass } from './slice';
import './str';
import './list';
import './tuple';
import './dictViews';

type Kw = Map<string, any>;

/** A builtin with positional arguments and a keyword handler. */
function builtin(name: string, f: (...a: any[]) => any, kwf?: (pos: any[], kw: Kw) => any): any {
  const g: any = (...a: any[]) => f(...a);
  g.$name = name;
  g.$qualname = name;
  Object.defineProperty(g, 'name', { value: name });
  g.$callKw = kwf ?? ((pos: any[], kw: Kw) => {
    if (kw.size) throw pyErr(E.TypeError, `${name}() takes no keyword arguments`);
    return f(...pos);
  });
  return g;
}

function exactlyOne(name: string, a: any[]) {
  if (a.length !== 1) throw pyErr(E.TypeError, `${name}() takes exactly one argument (${a.length} given)`);
}

// ---------------------------------------------------------------- sorted / min / max / sum

function sortedImpl(pos: any[], key: any, reverse: any): any[] {
  if (pos.length !== 1) throw pyErr(E.TypeError, `sorted expected 1 argument, got ${pos.length}`);
  const items = toArray(pos[0]);
  sortArray(items, key, reverse !== undefined && truthy(reverse));
  return items;
}
const sorted = builtin('sorted', (...a: any[]) => sortedImpl(a, undefined, undefined), (pos, kw) => {
  let key: any, reverse: any;
  for (const [k, v] of kw) {
    if (k === 'key') key = v;
    else if (k === 'reverse') reverse = v;
    else if (kw.size > 2) throw pyErr(E.TypeError, `sort() takes at most 2 keyword arguments (${kw.size} given)`);
    else throw pyErr(E.TypeError, `'${k}' is an invalid keyword argument for sort()`);
  }
  return sortedImpl(pos, key, reverse);
});

const MISSING: any = {};
function minmax(name: 'min' | 'max', pos: any[], key: any, dflt: any): any {
  if (pos.length === 0) throw pyErr(E.TypeError, `${name} expected at least 1 argument, got 0`);
  if (pos.length > 1 && dflt !== MISSING) {
    throw pyErr(E.TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  const items = pos.length === 1 ? iter(pos[0]) : pos;
  const better = name === 'max' ? gt : lt;
  const hasKey = key !== undefined && key !== None;
  let best: any, bestKey: any, found = false;
  for (const x of items) {
    const k = hasKey ? call(key, x) : x;
    if (!found) { best = x; bestKey = k; found = true; continue; }
    if (truthy(better(k, bestKey))) { best = x; bestKey = k; }
  }
  if (!found) {
    if (dflt !== MISSING) return dflt;
    throw pyErr(E.ValueError, `${name}() arg is an empty sequence`);
  }
  return best;
}
function minmaxBuiltin(name: 'min' | 'max') {
  return builtin(name, (...a: any[]) => minmax(name, a, undefined, MISSING), (pos, kw) => {
    let key: any, dflt = MISSING;
    for (const [k, v] of kw) {
      if (k === 'key') key = v;
      else if (k === 'default') dflt = v;
      else throw pyErr(E.TypeError, `'${k}' is an invalid keyword argument for ${name}()`);
    }
    return minmax(name, pos, key, dflt);
  });
}

function sumImpl(pos: any[], start: any): any {
  if (pos.length === 0) throw pyErr(E.TypeError, 'sum() takes at least 1 positional argument (0 given)');
  if (pos.length > 2) throw pyErr(E.TypeError, `sum() takes at most 2 arguments (${pos.length} given)`);
  let acc = pos.length > 1 ? pos[1] : start === undefined ? 0 : start;
  if (typeof acc === 'string') throw pyErr(E.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (acc instanceof PyBytes) throw pyErr(E.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  const src = pos[0];
  if (Array.isArray(src)) { for (let i = 0; i < src.length; i++) acc = add(acc, src[i]); return acc; }
  for (const x of iter(src)) acc = add(acc, x);
  return acc;
}
const sum = builtin('sum', (...a: any[]) => sumImpl(a, undefined), (pos, kw) => {
  let start: any;
  for (const [k, v] of kw) {
    if (k === 'start' && pos.length < 2) start = v;
    else if (k === 'start') throw pyErr(E.TypeError, "argument for sum() given by name ('start') and position (2)");
    else throw pyErr(E.TypeError, `'${k}' is an invalid keyword argument for sum()`);
  }
  return sumImpl(pos, start);
});

// ---------------------------------------------------------------- the table

export const containerBuiltins: Record<string, any> = {
  len: builtin('len', (...a: any[]) => { exactlyOne('len', a); return len(a[0]); }),
  any: builtin('any', (...a: any[]) => {
    exactlyOne('any', a);
    for (const x of iter(a[0])) if (truthy(x)) return true;
    return false;
  }),
  all: builtin('all', (...a: any[]) => {
    exactlyOne('all', a);
    for (const x of iter(a[0])) if (!truthy(x)) return false;
    return true;
  }),
  iter: builtin('iter', (...a: any[]) => {
    if (a.length === 1) return pyIter(a[0]);
    if (a.length === 2) return callableIter(a[0], a[1], eqBool);
    throw pyErr(E.TypeError, `iter expected at most 2 arguments, got ${a.length}`);
  }),
  next: builtin('next', (...a: any[]) => {
    if (a.length < 1 || a.length > 2) throw pyErr(E.TypeError, `next expected at most 2 arguments, got ${a.length}`);
    return next(a[0], a[1]);
  }),
  sorted,
  min: minmaxBuiltin('min'),
  max: minmaxBuiltin('max'),
  sum,
  enumerate: enumerateType.cls,
  zip: zipType.cls,
  map: mapType.cls,
  filter: filterType.cls,
  reversed: reversedType.cls,
  list: listClass,
  tuple: tupleClass,
  dict: dictClass,
  set: setClass,
  frozenset: frozensetClass,
  str: strClass,
  range: rangeClass,
  slice: sliceClass,
  bytes: bytesClass,
  bytearray: bytearrayClass,
};

