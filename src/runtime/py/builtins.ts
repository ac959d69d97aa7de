// The builtins namespace: the prototype of every module's globals.
import {
  None, NotImplemented, Ellipsis, typeOf, isInstance, isSubclass, isClass, objectClass, typeClass,
  intClass, boolClass, floatClass, tuple, PyClass, typeName,
} from './object';
import { E, pyErr, raiseErr } from './exceptions';
import { pyfunc, call, isCallable, kw as kwMap, Kw } from './call';
import { getattr, setattr, delattr, hasattr, getattrDefault, callMethod, lookupSpecial, callSpecial, mangle } from './attrs';
import { repr, str, hash } from './protocols';
import { id, coroutine, await_ } from './generators';
import { typeNew } from './metaclass';
import { openBuiltin } from '../lib/memfs';
import { currentStdout } from '../lib/sys';
import { propertyClass, staticmethodClass, classmethodClass, superClass } from './descriptors';
import { writeOut, stdout, stderr } from './io';
import { classRepr } from './objectDunders';
import { numericBuiltins } from './builtinsNumeric';
import { containerBuiltins } from './builtinsContainers';

function classes(v: any): PyClass[] {
  if (isClass(v)) return [v];
  if (Array.isArray(v) && (v as any).$t) return v.flatMap(classes);
  if (Array.isArray(v?.$unionArgs)) return v.$unionArgs.flatMap(classes); // int | str, Optional[int]
  throw raiseErr(E.TypeError, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
}

export const print = pyfunc('print', ['*args', '*', 'sep=', 'end=', 'file=', 'flush='], (args: any[], sep: any, end: any, file: any, _flush: any) => {
  if (sep === None) sep = ' ';
  if (end === None) end = '\n';
  if (typeof sep !== 'string') throw raiseErr(E.TypeError, `sep must be None or a string, not ${typeName(sep)}`);
  if (typeof end !== 'string') throw raiseErr(E.TypeError, `end must be None or a string, not ${typeName(end)}`);
  let s = '';
  for (let i = 0; i < args.length; i++) { if (i) s += sep; s += str(args[i]); }
  s += end;
  const out = file === None ? currentStdout() : file;
  if (out === stdout) writeOut(s);
  else callMethod(out, 'write', s);
  return None;
}, [' ', '\n', None, false]);

/** A name given to getattr()/setattr()... as it is stored (`constructor` → `py$constructor`). */
function attrName(n: any): string {
  if (typeof n !== 'string') throw raiseErr(E.TypeError, `attribute name must be string, not '${typeName(n)}'`);
  return mangle(n);
}

function builtinIsinstance(v: any, cls: any) {
  for (const C of classes(cls)) {
    const chk = (C as any).$instancecheck;
    if (chk ? chk(v) : isInstance(v, C)) return true;
  }
  return false;
}

const own: Record<string, any> = {
  None, NotImplemented, Ellipsis, True: true, False: false, __debug__: true,
  print,
  repr: pyfunc('repr', ['obj'], repr),
  ascii: pyfunc('ascii', ['obj'], (o: any) => repr(o).replace(/[^\x00-\x7f]/gu, ch => {
    const c = ch.codePointAt(0)!;
    return c < 0x100 ? '\\x' + c.toString(16).padStart(2, '0') : c < 0x10000 ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
  })),
  type: typeClass,
  object: objectClass,
  isinstance: pyfunc('isinstance', ['obj', 'class_or_tuple', '/'], builtinIsinstance),
  issubclass: pyfunc('issubclass', ['cls', 'class_or_tuple', '/'], (c: any, cls: any) => {
    if (!isClass(c)) throw raiseErr(E.TypeError, 'issubclass() arg 1 must be a class');
    return classes(cls).some(C => isSubclass(c, C));
  }),
  id: pyfunc('id', ['obj', '/'], id),
  hash: pyfunc('hash', ['obj', '/'], hash),
  callable: pyfunc('callable', ['obj', '/'], isCallable),
  getattr: pyfunc('getattr', ['obj', 'name', 'default=', '/'], (o: any, n: any, d: any) => {
    return d === undefined ? getattr(o, attrName(n)) : getattrDefault(o, attrName(n), d);
  }, [undefined]),
  setattr: pyfunc('setattr', ['obj', 'name', 'value', '/'], (o: any, n: any, v: any) => { setattr(o, attrName(n), v); return None; }),
  delattr: pyfunc('delattr', ['obj', 'name', '/'], (o: any, n: any) => { delattr(o, attrName(n)); return None; }),
  hasattr: pyfunc('hasattr', ['obj', 'name', '/'], (o: any, n: any) => hasattr(o, attrName(n))),
  property: propertyClass,
  staticmethod: staticmethodClass,
  classmethod: classmethodClass,
  super: superClass,
  int: intClass, bool: boolClass, float: floatClass,
  vars: pyfunc('vars', ['obj='], (o: any) => getattr(o, '__dict__'), [None]),
  dir: pyfunc('dir', ['obj='], (o: any) => {
    const names = new Set<string>();
    for (let p = isClass(o) ? o.prototype : o; p; p = Object.getPrototypeOf(p)) for (const k of Object.keys(p)) names.add(k);
    return [...names].filter(k => !k.startsWith('$')).sort();
  }, [None]),
  chr: pyfunc('chr', ['i', '/'], (i: any) => {
    const n = Number(i);
    if (n < 0 || n > 0x10ffff) throw raiseErr(E.ValueError, 'chr() arg not in range(0x110000)');
    return String.fromCodePoint(n);
  }),
  ord: pyfunc('ord', ['c', '/'], (c: any) => {
    if (typeof c !== 'string') throw raiseErr(E.TypeError, `ord() expected string of length 1, but ${typeName(c)} found`);
    const cps = [...c];
    if (cps.length !== 1) throw raiseErr(E.TypeError, `ord() expected a character, but string of length ${cps.length} found`);
    return cps[0].codePointAt(0);
  }),
  input: pyfunc('input', ['prompt='], () => { throw raiseErr(E.EOFError, 'EOF when reading a line (input() has no console in Asyncio Lab)'); }, ['']),
  exec: pyfunc('exec', ['*a'], () => { throw raiseErr(E.NotImplementedError, 'exec() is not supported in Asyncio Lab'); }),
  eval: pyfunc('eval', ['*a'], () => { throw raiseErr(E.NotImplementedError, 'eval() is not supported in Asyncio Lab'); }),
  compile: pyfunc('compile', ['*a'], () => { throw raiseErr(E.NotImplementedError, 'compile() is not supported in Asyncio Lab'); }),
  // Direct calls of globals()/locals() are translated (`$.globals(G)`, `$.frameLocals`); only an
  // indirect call (through another name) reaches these.
  globals: pyfunc('globals', [], () => { throw raiseErr(E.NotImplementedError, 'globals() called through another name is not supported'); }),
  locals: pyfunc('locals', [], () => { throw raiseErr(E.NotImplementedError, 'locals() called through another name is not supported'); }),
  aiter: pyfunc('aiter', ['async_iterable', '/'], (o: any) => {
    const f = lookupSpecial(o, '__aiter__');
    if (typeof f !== 'function') throw raiseErr(E.TypeError, `'${typeName(o)}' object is not an async iterable`);
    const it = callSpecial(f, o);
    if (typeof lookupSpecial(it, '__anext__') !== 'function') throw raiseErr(E.TypeError, `aiter() returned not an async iterator of type '${typeName(it)}'`);
    return it;
  }),
  anext: pyfunc('anext', ['aiterator', 'default=', '/'], anext, [undefined]),
  exit: pyfunc('exit', ['code='], (c: any) => { throw pyErr(E.SystemExit, c); }, [None]),
  quit: pyfunc('quit', ['code='], (c: any) => { throw pyErr(E.SystemExit, c); }, [None]),
};

function anext(it: any, dflt: any): any {
  const f = lookupSpecial(it, '__anext__');
  if (typeof f !== 'function') throw raiseErr(E.TypeError, `'${typeName(it)}' object is not an async iterator`);
  const aw = callSpecial(f, it);
  if (dflt === undefined) return aw;
  return coroutine(anextFn, function* () {
    try { return yield* await_(aw) as any; } catch (e: any) {
      if (e && e.$cls && e.$cls.$mro.includes(E.StopAsyncIteration)) return dflt;
      throw e;
    }
  });
}
const anextFn: any = { $name: 'anext', $qualname: 'anext' };

typeClass.$new = typeNew;
Object.defineProperty(typeClass.prototype, '__new__', { value: newFunc(typeNew), writable: true, configurable: true });
function newFunc(impl: (cls: PyClass, args: any[], kw?: Kw) => any): any {
  const f: any = (cls: any, ...args: any[]) => impl(cls, args);
  f.$py = 1; f.$name = '__new__'; f.$qualname = 'type.__new__'; f.$module = 'builtins';
  f.$callKw = (pos: any[], k: Kw) => impl(pos[0], pos.slice(1), k);
  return f;
}

/** A fresh builtins namespace object (null prototype). The container builtins (iter, next, len...)
 *  take precedence over the ones here. */
export function makeBuiltins(): any {
  const b = Object.create(null);
  Object.assign(b, numericBuiltins, own, containerBuiltins);
  b.open = openBuiltin;
  for (const k of Object.keys(E)) b[k] = E[k];
  b.__name__ = 'builtins';
  return b;
}
void call; void classRepr; void tuple; void stderr; void getattr;
