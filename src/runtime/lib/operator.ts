// `operator`: the operator functions over the kernel's ops, itemgetter/attrgetter/methodcaller.
import { PyObject, nativeClass, None, tuple } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { pyfunc, callKw, Kw } from '../py/call';
import { getattr } from '../py/attrs';
import { repr, truthy, getitem, setitem, delitem, contains, len, iter } from '../py/protocols';
import { registerModule } from '../py/modules';
import * as ops from '../py/ops';
import { toIndex } from './_num';


const bin = (name: string, f: (a: any, b: any) => any) => pyfunc(name, ['a', 'b', '/'], f);
const un = (name: string, f: (a: any) => any) => pyfunc(name, ['a', '/'], f);

class ItemGetter extends PyObject {
  $items: any[] = [];
  __call__(o: any) { return this.$items.length === 1 ? getitem(o, this.$items[0]) : tuple(this.$items.map(k => getitem(o, k))); }
  __repr__() { return `operator.itemgetter(${this.$items.map(x => repr(x)).join(', ')})`; }
}
const itemgetterClass = nativeClass({ name: 'itemgetter', module: 'operator', es: ItemGetter, new: (_C, args) => {
  if (!args.length) throw pyErr(E.TypeError, 'itemgetter expected 1 argument, got 0');
  const g = new ItemGetter(); g.$items = args; return g;
} });

class AttrGetter extends PyObject {
  $attrs: string[] = [];
  $get(o: any, path: string) { for (const p of path.split('.')) o = getattr(o, p); return o; }
  __call__(o: any) { return this.$attrs.length === 1 ? this.$get(o, this.$attrs[0]) : tuple(this.$attrs.map(a => this.$get(o, a))); }
  __repr__() { return `operator.attrgetter(${this.$attrs.map(x => repr(x)).join(', ')})`; }
}
const attrgetterClass = nativeClass({ name: 'attrgetter', module: 'operator', es: AttrGetter, new: (_C, args) => {
  if (!args.length) throw pyErr(E.TypeError, 'attrgetter expected 1 argument, got 0');
  for (const a of args) if (typeof a !== 'string') throw pyErr(E.TypeError, 'attribute name must be a string');
  const g = new AttrGetter(); g.$attrs = args; return g;
} });

class MethodCaller extends PyObject {
  $name = ''; $args: any[] = []; $kw: Kw = new Map();
  __call__(o: any) { return callKw(getattr(o, this.$name), this.$args, this.$kw.size ? this.$kw : undefined); }
  __repr__() {
    const parts = [repr(this.$name), ...this.$args.map(x => repr(x)), ...[...this.$kw].map(([k, v]) => `${k}=${repr(v)}`)];
    return `operator.methodcaller(${parts.join(', ')})`;
  }
}
const methodcallerClass = nativeClass({ name: 'methodcaller', module: 'operator', es: MethodCaller, new: (_C, args, kw) => {
  if (!args.length || typeof args[0] !== 'string') throw pyErr(E.TypeError, 'method name must be a string');
  const m = new MethodCaller(); m.$name = args[0]; m.$args = args.slice(1); m.$kw = kw ?? new Map(); return m;
} });

function operatorModule(): Record<string, any> {
  const m: Record<string, any> = {
    lt: bin('lt', ops.lt), le: bin('le', ops.le), eq: bin('eq', ops.eq), ne: bin('ne', ops.ne), ge: bin('ge', ops.ge), gt: bin('gt', ops.gt),
    not_: un('not_', a => !truthy(a)), truth: un('truth', a => truthy(a)),
    is_: bin('is_', (a, b) => a === b), is_not: bin('is_not', (a, b) => a !== b),
    abs: un('abs', ops.abs), add: bin('add', ops.add), and_: bin('and_', ops.and), floordiv: bin('floordiv', ops.floordiv),
    index: un('index', toIndex), inv: un('inv', ops.invert), invert: un('invert', ops.invert),
    lshift: bin('lshift', ops.lshift), mod: bin('mod', ops.mod), mul: bin('mul', ops.mul), matmul: bin('matmul', ops.matmul),
    neg: un('neg', ops.neg), or_: bin('or_', ops.or), pos: un('pos', ops.pos), pow: bin('pow', ops.pow),
    rshift: bin('rshift', ops.rshift), sub: bin('sub', ops.sub), truediv: bin('truediv', ops.truediv), xor: bin('xor', ops.xor),
    concat: bin('concat', (a, b) => {
      if (!(Array.isArray(a) || typeof a === 'string' || typeof a?.__getitem__ === 'function')) throw pyErr(E.TypeError, `'${a?.$cls?.$name ?? typeof a}' object can't be concatenated`);
      return ops.add(a, b);
    }),
    contains: bin('contains', (a, b) => contains(a, b)),
    countOf: bin('countOf', (a, b) => { let n = 0; for (const x of iter(a)) if (x === b || truthy(ops.eq(x, b))) n++; return n; }),
    indexOf: bin('indexOf', (a, b) => {
      let i = 0;
      for (const x of iter(a)) { if (x === b || truthy(ops.eq(x, b))) return i; i++; }
      throw pyErr(E.ValueError, 'sequence.index(x): x not in sequence');
    }),
    getitem: bin('getitem', getitem),
    setitem: pyfunc('setitem', ['a', 'b', 'c', '/'], (a: any, b: any, c: any) => { setitem(a, b, c); return None; }),
    delitem: bin('delitem', (a, b) => { delitem(a, b); return None; }),
    length_hint: pyfunc('length_hint', ['obj', 'default=', '/'], (o: any, d: any) => { try { return len(o); } catch { return d; } }, [0]),
    call: pyfunc('call', ['obj', '/', '*args', '**kwargs'], (f: any, a: any[], kw: Kw) => callKw(f, a, kw.size ? kw : undefined)),
    iadd: bin('iadd', ops.iadd), isub: bin('isub', ops.isub), imul: bin('imul', ops.imul), itruediv: bin('itruediv', ops.itruediv),
    ifloordiv: bin('ifloordiv', ops.ifloordiv), imod: bin('imod', ops.imod), ipow: bin('ipow', ops.ipow), iand: bin('iand', ops.iand),
    ior: bin('ior', ops.ior), ixor: bin('ixor', ops.ixor), ilshift: bin('ilshift', ops.ilshift), irshift: bin('irshift', ops.irshift),
    iconcat: bin('iconcat', ops.iadd), imatmul: bin('imatmul', ops.imatmul),
    itemgetter: itemgetterClass, attrgetter: attrgetterClass, methodcaller: methodcallerClass,
  };
  for (const k of Object.keys(m)) if (/^[a-z]/.test(k) && !['itemgetter', 'attrgetter', 'methodcaller', 'not_', 'and_', 'or_', 'is_', 'is_not', 'truth', 'contains', 'countOf', 'indexOf', 'length_hint', 'call', 'index', 'concat', 'iconcat'].includes(k)) {
    if (!k.startsWith('i') || ['inv', 'invert', 'index'].includes(k)) m[`__${k}__`] = m[k];
  }
  return m;
}
registerModule('operator', operatorModule);
registerModule('_operator', operatorModule);

