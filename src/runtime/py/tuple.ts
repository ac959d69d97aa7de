// The tuple type (a JS Array with $t = true): dunders, count/index, hash, constructor.
'use strict';
import { tupleClass, defineMethods, NotImplemented, tuple, isTuple, PyClass } from './object';
import { E, pyErr } from './exceptions';
import { hashTupleOf } from './hash';
import {
  tupleRepr, seqEq, seqCompare, seqGetitem, seqContains, seqCount, seqIndexOf, seqRepeat, toArray, classGetitem, CmpOp,
} from './listSeq';
import { TupleIter } from './iterators';
import { hashOf } from './setTable';
import { pyNew } from './opsIntDunders';

/** hash(tuple): CPython's xxHash-based tuplehash over the items' hashes. */
export function tupleHash(t: any[]): number | bigint {
  const lanes = new Array(t.length);
  for (let i = 0; i < t.length; i++) lanes[i] = hashOf(t[i]);
  return hashTupleOf(lanes);
}

function tupleCmp(op: CmpOp) {
  return function (this: any[], o: any) { return isTuple(o) ? seqCompare(this, o, op) : NotImplemented; };
}

defineMethods(tupleClass, {
  __hash__(this: any[]) { return tupleHash(this); },
  __len__(this: any[]) { return this.length; },
  __getitem__(this: any[], k: any) { return seqGetitem(this, k, true); },
  __contains__(this: any[], x: any) { return seqContains(this, x); },
  __iter__(this: any[]) { return new TupleIter(this); },
  __repr__(this: any[]) { return tupleRepr(this); },
  __eq__(this: any[], o: any) { return isTuple(o) ? seqEq(this, o) : NotImplemented; },
  __ne__(this: any[], o: any) { return isTuple(o) ? !seqEq(this, o) : NotImplemented; },
  __lt__: tupleCmp('lt'), __le__: tupleCmp('le'), __gt__: tupleCmp('gt'), __ge__: tupleCmp('ge'),
  __add__(this: any[], o: any) { return isTuple(o) ? tuple(this.concat(o)) : NotImplemented; },
  __mul__(this: any[], n: any) { const r = seqRepeat(this, n); return r === undefined ? NotImplemented : tuple(r); },
  __rmul__(this: any[], n: any) { const r = seqRepeat(this, n); return r === undefined ? NotImplemented : tuple(r); },
  __getnewargs__(this: any[]) { return tuple([tuple(this.slice())]); },
  __class_getitem__: classGetitem,
  count(this: any[], x: any) { return seqCount(this, x); },
  index(this: any[], x: any, start?: any, stop?: any) {
    const i = seqIndexOf(this, x, start, stop);
    if (i < 0) throw pyErr(E.ValueError, 'tuple.index(x): x not in tuple');
    return i;
  },
});

/** tuple() / tuple(iterable); an exact tuple argument is returned as is. A subclass instance is
 *  a tuple carrying its class in `$nt` (as namedtuples are). */
function tupleNew(cls: PyClass, args: any[], kw?: Map<string, any>): any[] {
  if (kw && kw.size) throw pyErr(E.TypeError, 'tuple() takes no keyword arguments');
  if (args.length > 1) throw pyErr(E.TypeError, `tuple expected at most 1 argument, got ${args.length}`);
  let t: any[];
  if (!args.length) t = tuple([]);
  else if (isTuple(args[0])) t = (args[0] as any).$nt === undefined && cls === tupleClass ? args[0] : tuple(args[0].slice());
  else t = tuple(toArray(args[0]));
  if (cls !== tupleClass) Object.defineProperty(t, '$nt', { value: cls, enumerable: false, writable: true, configurable: true });
  return t;
}
tupleClass.$new = tupleNew;
defineMethods(tupleClass, { __new__: pyNew('tuple', tupleNew) });
