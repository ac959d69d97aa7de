// Module objects and the import system. Modules register lazily; nothing loads until imported.
import { PyObject, nativeClass, None, moduleClass, objectClass } from './object';
import { E, raiseErr, quietly } from './exceptions';
import { getattr } from './attrs';

export const STDLIB_DIR = '/usr/lib/python3.11';

export class PyModule extends PyObject {
  [k: string]: any;
  __repr__() {
    const name = this.__name__, file = this.__file__;
    if (BUILTIN.has(name)) return `<module '${name}' (built-in)>`;
    if (FROZEN.has(name)) return `<module '${name}' (frozen)>`;
    return typeof file === 'string' ? `<module '${name}' from '${file}'>` : `<module '${name}'>`;
  }
}
/** Modules compiled into CPython (no __file__) and frozen ones, as `repr()` shows them. */
const BUILTIN = new Set(['sys', 'builtins', 'time', 'itertools', 'gc', '_operator', '_thread', '_io', 'posix', 'errno', 'atexit']);
const FROZEN = new Set(['_collections_abc', 'abc', 'io', 'os', 'posixpath', 'os.path', 'codecs', 'stat', 'genericpath']);
/** Where CPython would have loaded a stdlib module from. */
function moduleFile(name: string): string | undefined {
  if (BUILTIN.has(name)) return undefined;
  if (name === 'math') return `${STDLIB_DIR}/lib-dynload/math.cpython-311-x86_64-linux-gnu.so`;
  if (name === 'os.path') name = 'posixpath';
  const path = `${STDLIB_DIR}/${name.replace(/\./g, '/')}`;
  for (const k of registry.keys()) if (k.startsWith(name + '.')) return `${path}/__init__.py`;
  return `${path}.py`;
}
// Module attributes are own properties; the class dict is shared.
(moduleClass as any).prototype = PyModule.prototype;
Object.defineProperty(PyModule.prototype, '$cls', { value: moduleClass, writable: true, configurable: true });
Object.setPrototypeOf(PyModule.prototype, objectClass.prototype);

const registry = new Map<string, () => Record<string, any>>();
const loaded = new Map<string, PyModule>();

export function registerModule(name: string, init: () => Record<string, any>): void {
  registry.set(name, init);
}

/**
 * Names whose defining file is loaded only when a program first imports one of them
 * (lib/index.ts): `load()` runs that file, whose `registerModule` calls replace these stubs
 * (a file some other module imports has already registered them, and stays as it is).
 * Most stdlib files build classes at load time; a cold `print('hi')` needs none of them.
 */
export function registerLazy(names: string[], load: () => unknown): void {
  for (const name of names) {
    // Already loaded (another file imports it): its real registration stays.
    if (registry.has(name)) continue;
    const stub = () => {
      load();
      const init = registry.get(name);
      if (init === undefined || init === stub) throw new Error(`loading module ${name} did not register it`);
      return init();
    };
    registry.set(name, stub);
  }
}

export function makeModule(name: string, attrs: Record<string, any>, file?: string): PyModule {
  const m = new PyModule();
  // defineProperty: object's class dict has getter-only __doc__/__module__ accessors.
  for (const [k, v] of [['__name__', name], ['__doc__', None], ['__file__', file]] as const) {
    if (v !== undefined) Object.defineProperty(m, k, { value: v, writable: true, enumerable: true, configurable: true });
  }
  for (const k of Object.keys(attrs)) {
    const d = Object.getOwnPropertyDescriptor(attrs, k)!;
    Object.defineProperty(m, k, { ...d, enumerable: true, configurable: true });
  }
  return m;
}

/** The module named `name` (dotted names import their parents first). */
export function importModule(name: string): PyModule {
  const have = loaded.get(name);
  if (have) return have;
  const dot = name.lastIndexOf('.');
  const parent = dot > 0 ? importModule(name.slice(0, dot)) : undefined;
  const init = registry.get(name);
  if (!init) {
    const e = raiseErr(E.ModuleNotFoundError, `No module named '${name}'`);
    e.name = name;
    throw e;
  }
  const m = makeModule(name, {}, moduleFile(name));
  loaded.set(name, m);
  try {
    const attrs = init();
    for (const k of Object.keys(attrs)) {
      const d = Object.getOwnPropertyDescriptor(attrs, k)!;
      Object.defineProperty(m, k, { ...d, enumerable: true, configurable: true });
    }
  } catch (e) { loaded.delete(name); throw e; }
  if (parent) parent[name.slice(dot + 1)] = m;
  return m;
}

/** `import a.b.c` binds `a`: returns the top-level package after importing the whole path. */
export function importTop(name: string): PyModule {
  importModule(name);
  return importModule(name.split('.')[0]);
}

export function importFrom(m: any, name: string): any {
  try { return quietly(() => getattr(m, name)); } catch (e: any) {
    if (e?.$cls === E.AttributeError) {
      const sub = `${m.__name__}.${name}`;
      if (registry.has(sub)) return importModule(sub);
      const err = raiseErr(E.ImportError, `cannot import name '${name}' from '${m.__name__}' (${typeof m.__file__ === 'string' ? m.__file__ : 'unknown location'})`);
      err.name = m.__name__;
      throw err;
    }
    throw e;
  }
}

/** Names bound by `from m import *`. */
export function importStar(m: any): [string, any][] {
  const all = m.__all__;
  const names: string[] = all && all !== None ? Array.from(all) : Object.keys(m).filter(k => !k.startsWith('_'));
  return names.map(k => [k, getattr(m, k)]);
}

/** sys.modules['__main__']: a module object whose attributes are the program's globals `G`
 *  (a plain namespace object whose prototype is the builtins, which a module does not show). */
export function setMainModule(G: any): PyModule {
  const own = (k: string | symbol): k is string => typeof k === 'string' && Object.prototype.hasOwnProperty.call(G, k);
  const m = new Proxy(new PyModule(), {
    get: (t, k, r) => own(k) ? G[k] : Reflect.get(t, k, r),
    set: (_t, k, v) => { G[k as string] = v; return true; },
    has: (t, k) => own(k) || Reflect.has(t, k),
    deleteProperty: (_t, k) => delete G[k as string],
    ownKeys: () => Reflect.ownKeys(G),
    getOwnPropertyDescriptor: (_t, k) => Reflect.getOwnPropertyDescriptor(G, k),
    defineProperty: (_t, k, d) => Reflect.defineProperty(G, k, d),
  });
  loaded.set('__main__', m);
  return m;
}

export function isRegistered(name: string) { return registry.has(name); }
/** Forget loaded modules (a fresh interpreter, e.g. a kernel restart). */
export function resetModules() { loaded.clear(); }
export function loadedModule(name: string) { return loaded.get(name); }
nativeClass; // (kept for symmetry with other type files)
