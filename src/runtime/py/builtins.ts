// The builtins namespace: the prototype of every module's globals.
import {
  None, NotImplemented, Ellipsis, typeOf, isInstance, isSubclass, isClass, objectClass, typeClass,
  intClass, boolClass, floatClass, tuple, PyClass, typeName,
} from './object';
import { E, pyErr } from './exceptions';
import { pyfunc, call, isCallable } from './call';
import { getattr, setattr, delattr, hasattr, getattrDefault } from './attrs';
import { repr, str, hash, len, pyIter, next } from './protocols';
import { id } from './generators';
import { propertyClass, staticmethodClass, classmethodClass, superClass } from './descriptors';
import { writeOut, stdout, stderr } from './io';
import { classRepr } from './objectDunders';
import { numericBuiltins } from './builtinsNumeric';
import { containerBuiltins } from './builtinsContainers';

function classes(v: any): PyClass[] {
  if (isClass(v)) return [v];
  if (Array.isArray(v) && (v as any).$t) return v.flatMap(classes);
  throw pyErr(E.TypeError, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
}

export const print = pyfunc('print', ['*args', '*', 'sep=', 'end=', 'file=', 'flush='], (args: any[], sep: any, end: any, file: any, _flush: any) => {
  if (sep === None) sep = ' ';
  if (end === None) end = '\n';
  if (typeof sep !== 'string') throw pyErr(E.TypeError, `sep must be None or a string, not ${typeName(sep)}`);
  if (typeof end !== 'string') throw pyErr(E.TypeError, `end must be None or a string, not ${typeName(end)}`);
  let s = '';
  for (let i = 0; i < args.length; i++) { if (i) s += sep; s += str(args[i]); }
  s += end;
  if (file === None || file === stdout) writeOut(s);
  else getattr(file, 'write')(s);
  return None;
}, [' ', '\n', None, false]);

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
    if (!isClass(c)) throw pyErr(E.TypeError, 'issubclass() arg 1 must be a class');
    return classes(cls).some(C => isSubclass(c, C));
  }),
  id: pyfunc('id', ['obj', '/'], id),
  hash: pyfunc('hash', ['obj', '/'], hash),
  len: pyfunc('len', ['obj', '/'], len),
  iter: pyfunc('iter', ['obj', 'sentinel=', '/'], (o: any, s: any) => {
    if (s === undefined) return pyIter(o);
    throw pyErr(E.NotImplementedError, 'iter(callable, sentinel) is not supported yet');
  }, [undefined]),
  next: pyfunc('next', ['iterator', 'default=', '/'], (it: any, d: any) => next(it, d), [undefined]),
  callable: pyfunc('callable', ['obj', '/'], isCallable),
  getattr: pyfunc('getattr', ['obj', 'name', 'default=', '/'], (o: any, n: any, d: any) => {
    if (typeof n !== 'string') throw pyErr(E.TypeError, `attribute name must be string, not '${typeName(n)}'`);
    return d === undefined ? getattr(o, n) : getattrDefault(o, n, d);
  }, [undefined]),
  setattr: pyfunc('setattr', ['obj', 'name', 'value', '/'], (o: any, n: string, v: any) => { setattr(o, n, v); return None; }),
  delattr: pyfunc('delattr', ['obj', 'name', '/'], (o: any, n: string) => { delattr(o, n); return None; }),
  hasattr: pyfunc('hasattr', ['obj', 'name', '/'], hasattr),
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
    if (n < 0 || n > 0x10ffff) throw pyErr(E.ValueError, 'chr() arg not in range(0x110000)');
    return String.fromCodePoint(n);
  }),
  ord: pyfunc('ord', ['c', '/'], (c: any) => {
    if (typeof c !== 'string') throw pyErr(E.TypeError, `ord() expected string of length 1, but ${typeName(c)} found`);
    const cps = [...c];
    if (cps.length !== 1) throw pyErr(E.TypeError, `ord() expected a character, but string of length ${cps.length} found`);
    return cps[0].codePointAt(0);
  }),
  input: pyfunc('input', ['prompt='], () => { throw pyErr(E.EOFError, 'EOF when reading a line (input() has no console in Asyncio Lab)'); }, ['']),
  exec: pyfunc('exec', ['*a'], () => { throw pyErr(E.NotImplementedError, 'exec() is not supported in Asyncio Lab'); }),
  eval: pyfunc('eval', ['*a'], () => { throw pyErr(E.NotImplementedError, 'eval() is not supported in Asyncio Lab'); }),
  compile: pyfunc('compile', ['*a'], () => { throw pyErr(E.NotImplementedError, 'compile() is not supported in Asyncio Lab'); }),
  globals: pyfunc('globals', [], () => { throw pyErr(E.NotImplementedError, 'globals() is not supported yet'); }),
  locals: pyfunc('locals', [], () => { throw pyErr(E.NotImplementedError, 'locals() is not supported yet'); }),
  exit: pyfunc('exit', ['code='], (c: any) => { throw pyErr(E.SystemExit, c); }, [None]),
  quit: pyfunc('quit', ['code='], (c: any) => { throw pyErr(E.SystemExit, c); }, [None]),
};

/** A fresh builtins namespace object (null prototype). */
export function makeBuiltins(): any {
  const b = Object.create(null);
  Object.assign(b, numericBuiltins, containerBuiltins, own);
  for (const k of Object.keys(E)) b[k] = E[k];
  b.__name__ = 'builtins';
  return b;
}
void call; void classRepr; void tuple; void typeOf; void stderr;
