// collections.ChainMap (CPython 3.11 Lib/collections/__init__.py).
import { PyObject, PyClass, nativeClass, None, typeName } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { call, Kw } from '../py/call';
import { callMethod, callMethodKw } from '../py/attrs';
import { iter, repr, truthy, contains, getitem, setitem } from '../py/protocols';
import { PyDict } from '../py/dict';
import { genIterType } from '../py/iterators';
import { ABCS } from './_abc';
import { newDict, prop } from './_rt';

export class PyChainMap extends PyObject { maps: any[] = []; }
let chainMapClass: PyClass;

function make(C: PyClass, maps: any[]): PyChainMap {
  const c: PyChainMap = C === chainMapClass ? new PyChainMap() : call(C, ...maps);
  if (C === chainMapClass) c.maps = maps.length ? maps : [newDict()];
  return c;
}
function keysOf(c: PyChainMap): any[] {
  const d = new PyDict();
  for (const m of c.maps.slice().reverse()) for (const k of iter(m)) d.$set(k, None);
  return d.$keyList();
}
function firstKeyError(key: any, e: any): never {
  if (e?.$cls === E.KeyError) throw pyErr(E.KeyError, `Key not found in the first mapping: ${repr(key)}`);
  throw e;
}
const chainIter = genIterType('dict_keyiterator');

chainMapClass = nativeClass({
  name: 'ChainMap', module: 'collections', bases: [ABCS.MutableMapping], es: PyChainMap,
  dict: {
    __init__(this: PyChainMap, ...maps: any[]) { this.maps = maps.length ? maps : [newDict()]; return None; },
    __missing__(key: any) { throw pyErr(E.KeyError, key); },
    __getitem__(this: PyChainMap, key: any) {
      for (const m of this.maps) {
        try { return getitem(m, key); } catch (e: any) { if (e?.$cls !== E.KeyError) throw e; }
      }
      return callMethod(this, '__missing__', key);
    },
    get(this: PyChainMap, key: any, d: any = None) { return contains(this, key) ? getitem(this, key) : d; },
    __len__(this: PyChainMap) { return keysOf(this).length; },
    __iter__(this: PyChainMap) { return chainIter.make(keysOf(this)[Symbol.iterator]()); },
    __contains__(this: PyChainMap, key: any) { return this.maps.some(m => contains(m, key)); },
    __bool__(this: PyChainMap) { return this.maps.some(m => truthy(m)); },
    __repr__(this: PyChainMap) { return `${typeName(this)}(${this.maps.map(m => repr(m)).join(', ')})`; },
    copy(this: PyChainMap) { return make(this.$cls, [callMethod(this.maps[0], 'copy'), ...this.maps.slice(1)]); },
    __copy__(this: PyChainMap) { return make(this.$cls, [callMethod(this.maps[0], 'copy'), ...this.maps.slice(1)]); },
    new_child: Object.assign(function (this: PyChainMap, m: any = None) { return make(this.$cls, [m === None ? newDict() : m, ...this.maps]); }, {
      $callKw(this: PyChainMap, pos: any[], kw: Kw) {
        let m = pos.length ? pos[0] : None;
        if (m === None) m = newDict(kw); else callMethodKw(m, 'update', [], kw);
        return make(this.$cls, [m, ...this.maps]);
      },
    }),
    parents: prop('parents', (c: PyChainMap) => make(c.$cls, c.maps.slice(1))),
    __setitem__(this: PyChainMap, key: any, v: any) { setitem(this.maps[0], key, v); return None; },
    __delitem__(this: PyChainMap, key: any) { try { callMethod(this.maps[0], '__delitem__', key); } catch (e) { firstKeyError(key, e); } return None; },
    popitem(this: PyChainMap) {
      try { return callMethod(this.maps[0], 'popitem'); } catch (e: any) {
        if (e?.$cls === E.KeyError) throw pyErr(E.KeyError, 'No keys found in the first mapping.');
        throw e;
      }
    },
    pop(this: PyChainMap, key: any, ...rest: any[]) { try { return callMethod(this.maps[0], 'pop', key, ...rest); } catch (e) { return firstKeyError(key, e); } },
    clear(this: PyChainMap) { callMethod(this.maps[0], 'clear'); return None; },
    __or__(this: PyChainMap, o: any) { const m = callMethod(this.maps[0], 'copy'); callMethod(m, 'update', o); return make(this.$cls, [m, ...this.maps.slice(1)]); },
    __ior__(this: PyChainMap, o: any) { callMethod(this.maps[0], 'update', o); return this; },
  },
});
export { chainMapClass };
