// Module objects and the import system. Modules register lazily; nothing loads until imported.
import { PyObject, nativeClass, None, moduleClass, objectClass } from './object';
import { E, raiseErr, quietly } from './exceptions';
import { getattr } from './attrs';

export const STDLIB_DIR = '/usr/lib/python3.11';

export class PyModule extends PyObject {
  [k: string]: any;
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

export function makeModule(name: string, attrs: Record<string, any>, file?: string): PyModule {
  const m = new PyModule();
  // defineProperty: object's class dict has getter-only __doc__/__module__ accessors.
  for (const [k, v] of [['__name__', name], ['__doc__', None], ['__file__', file ?? None]] as const) {
    Object.defineProperty(m, k, { value: v, writable: true, enumerable: true, configurable: true });
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
  const file = `${STDLIB_DIR}/${name.replace(/\./g, '/')}.py`;
  const m = makeModule(name, {}, file);
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
      const err = raiseErr(E.ImportError, `cannot import name '${name}' from '${m.__name__}' (${m.__file__ === None ? 'unknown location' : m.__file__})`);
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

export function isRegistered(name: string) { return registry.has(name); }
/** Forget loaded modules (a fresh interpreter, e.g. a kernel restart). */
export function resetModules() { loaded.clear(); }
export function loadedModule(name: string) { return loaded.get(name); }
nativeClass; // (kept for symmetry with other type files)
