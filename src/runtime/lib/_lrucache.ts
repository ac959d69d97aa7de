// functools.lru_cache / functools.cache: the C implementation's behaviour (Modules/_functoolsmodule.c):
// key construction (a lone int/str argument is its own key), hit/miss accounting, eviction of the
// least recently used entry, and method binding through __get__.
import { PyObject, nativeClass, None, tuple, typeOf, PyClass } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { call, callKw, isCallable, Kw } from '../py/call';
import { HashMap } from './_hashmap';
import { namedtuple } from './_namedtuple';
import { mkTuple } from './_tuplecls';
import { newDict } from './_rt';

export const CacheInfo: PyClass = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'], { module: 'functools' });

/** The separator between positional and keyword parts of a key (CPython's kwd_mark). */
class KwdMark extends PyObject {}
nativeClass({ name: 'object', es: KwdMark });
const KWD_MARK = new KwdMark();

class LruWrapper extends PyObject {
  $f: any; $max: number | null = null; $typed = false;
  $cache = new HashMap();
  $hits = 0; $misses = 0;
  $qualname?: string;

  $key(args: any[], kw: Kw | undefined): any {
    if (!this.$typed && (!kw || !kw.size)) {
      if (args.length === 1) {
        const a = args[0];
        const t = typeof a;
        if (t === 'string' || t === 'number' || t === 'bigint') return a;
      }
      return tuple(args.slice());
    }
    const key: any[] = args.slice();
    if (kw && kw.size) { key.push(KWD_MARK); for (const [k, v] of kw) key.push(k, v); }
    if (this.$typed) {
      for (const a of args) key.push(typeOf(a));
      if (kw) for (const v of kw.values()) key.push(typeOf(v));
    }
    return tuple(key);
  }
  $call(args: any[], kw: Kw | undefined): any {
    const f = this.$f;
    const invoke = () => (kw && kw.size ? callKw(f, args, kw) : call(f, ...args));
    if (this.$max === 0) { this.$misses++; return invoke(); }
    const key = this.$key(args, kw);
    const cache = this.$cache;
    if (cache.has(key)) {
      this.$hits++;
      if (this.$max !== null) cache.touch(key);
      return cache.get(key);
    }
    this.$misses++;
    const result = invoke();
    if (this.$max === null) { cache.set(key, result); return result; }
    if (cache.has(key)) return result; // a recursive call already added it
    if (cache.size >= this.$max) cache.shift();
    cache.set(key, result);
    return result;
  }
  cache_info() { return mkTuple(CacheInfo, [this.$hits, this.$misses, this.$max === null ? None : this.$max, this.$cache.size]); }
  cache_clear() { this.$cache.clear(); this.$hits = this.$misses = 0; return None; }
  cache_parameters() { return newDict([['maxsize', this.$max === null ? None : this.$max], ['typed', this.$typed]]); }
  __get__(obj: any, _cls?: any) {
    if (obj === None || obj === undefined) return this;
    // types.MethodType(self, obj): calls the wrapper with obj prepended.
    const w = this;
    const m: any = (...a: any[]) => w.$call([obj, ...a], undefined);
    m.$callKw = (pos: any[], kw: Kw) => w.$call([obj, ...pos], kw);
    m.$bound = obj; m.$func = wrapperCall(w);
    return m;
  }
  __reduce__() { return this.$qualname ?? '_lru_cache_wrapper'; }
}

/** The wrapper seen as a callable taking self first (for method binding). */
function wrapperCall(w: LruWrapper): any {
  const f: any = (...a: any[]) => w.$call(a, undefined);
  f.$callKw = (pos: any[], kw: Kw) => w.$call(pos, kw);
  f.$name = w.$f?.$name; f.$qualname = (w as any).__qualname__ ?? w.$f?.$qualname;
  return f;
}

const lruCall: any = function (this: LruWrapper, ...a: any[]) { return this.$call(a, undefined); };
lruCall.$callKw = function (this: LruWrapper, pos: any[], kw: Kw) { return this.$call(pos, kw); };

nativeClass({ name: '_lru_cache_wrapper', module: 'functools', es: LruWrapper, dict: { __call__: lruCall } });

type Updater = (wrapper: any, wrapped: any) => any;

function wrap(f: any, maxsize: number | null, typed: boolean, update: Updater): LruWrapper {
  const w = new LruWrapper();
  w.$f = f; w.$max = maxsize; w.$typed = typed;
  update(w, f);
  return w;
}

/** lru_cache(maxsize, typed) — or, when `fn` is given, the decorated function directly. */
export function lruCache(maxsize: any, typed: any, update: Updater, fn?: any): any {
  if (fn !== undefined) return wrap(fn, null, !!typed, update);
  if (typeof maxsize === 'number' || typeof maxsize === 'bigint' || typeof maxsize === 'boolean') {
    const m = Number(maxsize);
    return pyfuncDecorator((f: any) => wrap(f, m < 0 ? 0 : m, !!typed, update));
  }
  if (maxsize !== None && isCallable(maxsize)) return wrap(maxsize, 128, !!typed, update);
  if (maxsize !== None) throw pyErr(E.TypeError, 'Expected first argument to be an integer, a callable, or None');
  return pyfuncDecorator((f: any) => wrap(f, null, !!typed, update));
}

function pyfuncDecorator(apply: (f: any) => any): any {
  const d: any = (f: any) => apply(f);
  d.$name = 'decorating_function'; d.$qualname = 'lru_cache.<locals>.decorating_function';
  return d;
}
