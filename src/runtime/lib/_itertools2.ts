// itertools.groupby (with its shared _grouper semantics) and itertools.tee (shared buffer).
import { PyObject, PyClass, nativeClass, None, tuple } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { pyfunc, call } from '../py/call';
import { iter } from '../py/protocols';
import { genIterType } from '../py/iterators';
import { toIndex } from './_num';
import { pyEq } from './_rt';

const NONE_YET = Symbol('unset');

/** groupby's state, as the C object (tgtkey, currkey, currvalue, currgrouper). */
class GroupBy {
  it: Iterator<any>; tgtkey: any = NONE_YET; currkey: any = NONE_YET; currvalue: any = NONE_YET; currgrouper: any = null;
  constructor(iterable: any, public key: any) { this.it = (iter(iterable) as any)[Symbol.iterator](); }
  step(): boolean {
    const r = this.it.next();
    if (r.done) return false;
    this.currvalue = r.value;
    this.currkey = this.key === None ? r.value : call(this.key, r.value);
    return true;
  }
}

export function groupbyType(): PyClass {
  const grouper = genIterType('_grouper');
  grouper.cls.$module = 'itertools';
  let T: ReturnType<typeof genIterType>;
  T = genIterType('groupby', undefined, (_C, args, kw) => {
    if (args.length > 2) throw pyErr(E.TypeError, `groupby() takes at most 2 arguments (${args.length} given)`);
    const iterable = args.length ? args[0] : kw?.get('iterable');
    if (iterable === undefined) throw pyErr(E.TypeError, "groupby() missing required argument 'iterable' (pos 1)");
    const g = new GroupBy(iterable, args.length > 1 ? args[1] : (kw?.get('key') ?? None));
    return T.make((function* () {
      for (;;) {
        g.currgrouper = null;
        for (;;) {
          if (g.currkey === NONE_YET) { /* first step */ } else if (g.tgtkey === NONE_YET) break;
          else if (!pyEq(g.tgtkey, g.currkey)) break;
          if (!g.step()) return;
        }
        g.tgtkey = g.currkey;
        const token = {};
        g.currgrouper = token;
        const tgt = g.tgtkey;
        const grp = grouper.make((function* () {
          for (;;) {
            if (g.currgrouper !== token) return;
            if (g.currvalue === NONE_YET) { if (!g.step()) return; }
            if (!pyEq(tgt, g.currkey)) return;
            const v = g.currvalue;
            g.currvalue = NONE_YET;
            yield v;
          }
        })());
        yield tuple([g.currkey, grp]);
      }
    })());
  });
  T.cls.$module = 'itertools';
  return T.cls;
}

// ------------------------------------------------------------------ tee

/** A shared, growing buffer; each _tee reads it from its own position. */
class TeeData { buf: any[] = []; base = 0; done = false; readers = 0; constructor(public it: Iterator<any>) {} }

export class PyTee extends PyObject {
  $d!: TeeData; $pos = 0;
  $next(): any {
    const d = this.$d;
    const i = this.$pos - d.base;
    if (i < d.buf.length) { this.$pos++; return d.buf[i]; }
    if (d.done) return undefined;
    const r = d.it.next();
    if (r.done) { d.done = true; return undefined; }
    d.buf.push(r.value);
    this.$pos++;
    return r.value;
  }
  [Symbol.iterator]() { const self = this; return { next() { const v = self.$next(); return v === undefined ? { done: true, value: undefined } : { done: false, value: v }; }, [Symbol.iterator]() { return this; } }; }
}
const teeClass = nativeClass({ name: '_tee', module: 'itertools', es: PyTee, dict: {
  __iter__(this: PyTee) { return this; },
  __next__(this: PyTee) { const v = this.$next(); if (v === undefined) throw pyErr(E.StopIteration); return v; },
  __copy__(this: PyTee) { return makeTee(this.$d, this.$pos); },
} });
function makeTee(d: TeeData, pos: number): PyTee { const t = new PyTee(); t.$d = d; t.$pos = pos; return t; }

export const teeFn = pyfunc('tee', ['iterable', 'n=', '/'], (iterable: any, n: any) => {
  const k = Number(toIndex(n));
  if (k < 0) throw pyErr(E.ValueError, 'n must be >= 0');
  if (k === 0) return tuple([]);
  let first: PyTee;
  if (iterable instanceof PyTee) first = iterable;
  else first = makeTee(new TeeData((iter(iterable) as any)[Symbol.iterator]()), 0);
  const out: any[] = [first === iterable ? makeTee(first.$d, first.$pos) : first];
  for (let i = 1; i < k; i++) out.push(makeTee(first.$d, first.$pos));
  return tuple(out);
}, [2]);
void teeClass;
