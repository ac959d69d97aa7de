// types.SimpleNamespace (also the type of sys.implementation).
import { PyObject, nativeClass, None, PyClass } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { Kw } from '../py/call';
import { repr } from '../py/protocols';
import { reprEnter, reprLeave } from '../py/listSeq';
import { dictEntries, setOwn } from './_rt';
import { PyDict } from '../py/dict';

export class PyNamespace extends PyObject {}

function attrs(o: any): [string, any][] {
  return Object.keys(o).filter(k => !k.startsWith('$')).map(k => [k, o[k]]);
}

export const simpleNamespaceClass: PyClass = nativeClass({
  name: 'SimpleNamespace', module: 'types', es: PyNamespace,
  new: (C, args, kw) => {
    const ns: PyNamespace = Reflect.construct(PyNamespace, [], C);
    initNs(ns, args, kw);
    return ns;
  },
  dict: {
    __init__: Object.assign(function (this: PyNamespace, ...a: any[]) { initNs(this, a, undefined); return None; }, {
      $callKw(this: PyNamespace, pos: any[], kw: Kw) { initNs(this, pos, kw); return None; },
    }),
    __repr__(this: PyNamespace) {
      const name = this.$cls === simpleNamespaceClass ? 'namespace' : this.$cls.$name;
      if (!reprEnter(this)) return `${name}(...)`;
      try { return `${name}(${attrs(this).map(([k, v]) => `${k}=${repr(v)}`).join(', ')})`; } finally { reprLeave(this); }
    },
    __eq__(this: PyNamespace, o: any) {
      if (!(o instanceof PyNamespace)) return false;
      const a = attrs(this), b = attrs(o);
      return a.length === b.length && a.every(([k, v]) => Object.prototype.hasOwnProperty.call(o, k) && (o as any)[k] === v);
    },
  },
});

function initNs(ns: PyNamespace, args: any[], kw: Kw | undefined) {
  if (args.length > 1) throw pyErr(E.TypeError, `SimpleNamespace expected at most 1 argument, got ${args.length}`);
  if (args.length === 1) {
    const m = args[0];
    for (const [k, v] of m instanceof PyDict ? dictEntries(m) : []) {
      if (typeof k !== 'string') throw pyErr(E.TypeError, `keywords must be strings, not '${typeof k}'`);
      setOwn(ns, k, v);
    }
  }
  if (kw) for (const [k, v] of kw) setOwn(ns, k, v);
}

/** A SimpleNamespace from JS values (sys.implementation...). */
export function namespace(values: Record<string, any>): PyNamespace {
  const ns = new PyNamespace();
  for (const [k, v] of Object.entries(values)) setOwn(ns, k, v);
  return ns;
}
