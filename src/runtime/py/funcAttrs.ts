// Attributes of function objects (translated and runtime functions): __name__, __defaults__,
// __code__... and the attributes programs set on them.
import { typeOf, PyObject, None, nativeClass } from './object';
import { attributeError, dictSnapshot, tupleOf } from './attrs';
import { E, raiseErr } from './exceptions';

const hasOwn = Object.prototype.hasOwnProperty;

export function funcAttr(f: any, name: string): any {
  switch (name) {
    case '__name__': return f.$name ?? f.name;
    case '__qualname__': return f.$qualname ?? f.$name ?? f.name;
    case '__module__': return f.$module ?? None;
    case '__doc__': return f.$doc ?? None;
    case '__self__': if (f.$bound !== undefined) return f.$bound; break;
    case '__func__': if (f.$func !== undefined) return f.$func; break;
    case '__class__': return typeOf(f);
    case '__defaults__': { const d = f.$sig?.defaults; return f.$py === 1 && d && d.length ? tupleOf(d) : None; }
    case '__kwdefaults__': {
      const d = f.$sig?.kwdefaults;
      return f.$py === 1 && d && Object.keys(d).length ? require('./dict').dict(Object.keys(d).map(k => [k, d[k]])) : None;
    }
    case '__code__': if (f.$py === 1) return codeOf(f); break;
    case '__closure__': if (f.$py === 1) return f.$closure ? (f.$cells ??= tupleOf(f.$freevars.map((_: string, i: number) => new PyCell(() => f.$closure()[i])))) : None; break;
    case '__dict__': return dictSnapshot(f.$attrs ?? {});
  }
  const d = f.$attrs;
  if (d && hasOwn.call(d, name)) return d[name];
  throw attributeError(f, name);
}

/** A minimal code object for a translated function (the fields programs commonly read). */
class PyCode extends PyObject {
  constructor(f: any = { $sig: { posonly: [], args: [], kwonly: [] } }) {
    super();
    const sig = f.$sig;
    this.co_name = f.$name; this.co_qualname = f.$qualname;
    this.co_argcount = sig.posonly.length + sig.args.length;
    this.co_posonlyargcount = sig.posonly.length;
    this.co_kwonlyargcount = sig.kwonly.length;
    const names = [...sig.posonly, ...sig.args, ...sig.kwonly];
    if (sig.vararg !== undefined) names.push(sig.vararg);
    if (sig.kwarg !== undefined) names.push(sig.kwarg);
    this.co_varnames = tupleOf(names);
    this.co_freevars = tupleOf(f.$freevars ?? []);
  }
  [k: string]: any;
  __repr__() { return `<code object ${this.co_name}>`; }
}
const codeClass = nativeClass({ name: 'code', es: PyCode });
function codeOf(f: any): any {
  void codeClass;
  return (f.$code ??= new PyCode(f));
}


const fakeAddress = (o: object): string => require('./generators').fakeAddress(o);

/** A closure cell: reads the current value of the closed-over variable (one cell object per
 *  function and variable; CPython shares one cell between all closures of the same variable).
 *  Also the `__classcell__` a class body passes to type.__new__. */
export class PyCell extends PyObject {
  /** For a `__classcell__`: fills the class's `__class__` cell once type.__new__ made the class. */
  $fill?: (C: any) => void;
  constructor(public $get: () => any = () => undefined) { super(); }
  get cell_contents() {
    const v = this.$get();
    if (v === undefined) throw raiseErr(E.ValueError, 'Cell is empty');
    return v;
  }
  set cell_contents(_v: any) {
    throw raiseErr(E.NotImplementedError, 'assigning cell_contents is not supported in Asyncio Lab');
  }
  __repr__() {
    const v = this.$get();
    const what = v === undefined ? 'empty' : `${typeOf(v).$name} object at ${fakeAddress(typeof v === 'object' || typeof v === 'function' ? v : this)}`;
    return `<cell at ${fakeAddress(this)}: ${what}>`;
  }
}
nativeClass({ name: 'cell', es: PyCell });
