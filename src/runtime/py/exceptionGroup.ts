// BaseExceptionGroup / ExceptionGroup (PEP 654), following CPython 3.11's Objects/exceptions.c:
// constructor with ExceptionGroup auto-selection, .message, .exceptions, split, subgroup, derive.
import { None, tuple, isTuple, isClass, typeName, PyClass, allocate, defineMethods } from './object';
import { E, pyErr, PyBaseException, isPyException } from './exceptions';
import { call, callKw, Kw } from './call';
import { callMethod } from './attrs';
import { iter, truthy } from './protocols';
import { isCallable } from './call';

export function isGroup(e: any): boolean {
  return isPyException(e) && e.$cls.$mro.includes(E.BaseExceptionGroup);
}

function isSequence(v: any): boolean {
  if (Array.isArray(v)) return true;
  if (typeof v !== 'object' || v === null || !v.$cls) return false;
  if (v.$cls.$mro.some((k: any) => k.$name === 'dict' || k.$name === 'set' || k.$name === 'frozenset')) return false;
  return v.__getitem__ !== undefined;
}

/** BaseExceptionGroup.__new__ (+ __init__ of the chosen class). */
function egNew(type: PyClass, args: any[], kw?: Kw): any {
  if (args.length !== 2) {
    throw pyErr(E.TypeError, `BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  }
  const [message, excArg] = args;
  if (typeof message !== 'string') throw pyErr(E.TypeError, `BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(message)}`);
  if (!isSequence(excArg)) throw pyErr(E.TypeError, 'second argument (exceptions) must be a sequence');
  const excs = tuple(Array.from(iter(excArg)));
  if (!excs.length) throw pyErr(E.ValueError, 'second argument (exceptions) must be a non-empty sequence');
  let nestedBase = false;
  excs.forEach((x: any, i: number) => {
    if (!isPyException(x)) throw pyErr(E.ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
    if (!x.$cls.$mro.includes(E.Exception)) nestedBase = true;
  });
  let cls = type;
  if (cls === E.ExceptionGroup) {
    if (nestedBase) throw pyErr(E.TypeError, 'Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (cls === E.BaseExceptionGroup) {
    if (!nestedBase) cls = E.ExceptionGroup;
  } else if (nestedBase && cls.$mro.includes(E.Exception)) {
    throw pyErr(E.TypeError, `Cannot nest BaseExceptions in '${cls.$name}'`);
  }
  const self: PyBaseException = allocate(cls);
  self.args = tuple(args.slice());
  self.$message = message;
  self.$excs = excs;
  if (!self.$cls.$mro.includes(type)) return self;
  const init = self.$cls.prototype.__init__;
  if (typeof init === 'function' && init !== baseInit) {
    if (init.$py === 1) { if (kw && kw.size) callKw(init, [self, ...args], kw); else init(self, ...args); }
    else if (kw && kw.size && init.$callKw) init.$callKw.call(self, args, kw);
    else init.apply(self, args);
  } else if (kw && kw.size) {
    throw pyErr(E.TypeError, `${cls.$name}() takes no keyword arguments`);
  }
  return self;
}
let baseInit: any;

type Matcher = (e: PyBaseException) => boolean;

function matcherFor(cond: any): Matcher {
  const isExcClass = (C: any) => isClass(C) && C.$mro.includes(E.BaseException);
  if (isCallable(cond) && !isClass(cond)) return (e) => truthy(call(cond, e));
  if (isExcClass(cond)) return (e) => e.$cls.$mro.includes(cond);
  if (isTuple(cond) && cond.every(isExcClass)) return (e) => cond.some((C: PyClass) => e.$cls.$mro.includes(C));
  throw pyErr(E.TypeError, 'expected a function, exception type or tuple of exception types');
}

/** A derived group holding `excs`, with `orig`'s traceback, context, cause and notes. */
function subset(orig: PyBaseException, excs: any[]): PyBaseException | undefined {
  if (!excs.length) return undefined;
  const eg = callMethod(orig, 'derive', excs);
  if (!isGroup(eg)) throw pyErr(E.TypeError, 'derive must return an instance of BaseExceptionGroup');
  if (orig.$frames !== undefined) { eg.$frames = orig.$frames; eg.$trimmed = orig.$trimmed; }
  eg.__context__ = orig.__context__;
  eg.__cause__ = orig.__cause__;
  eg.__suppress_context__ = true;
  if (orig.__notes__ !== undefined) eg.__notes__ = Array.from(iter(orig.__notes__));
  return eg;
}

interface SplitResult { match?: PyBaseException; rest?: PyBaseException }

/** exceptiongroup_split_recursive */
export function splitRecursive(exc: PyBaseException, m: Matcher, withRest: boolean): SplitResult {
  if (m(exc)) return { match: exc };
  if (!isGroup(exc)) return withRest ? { rest: exc } : {};
  const matched: any[] = [];
  const rest: any[] = [];
  for (const e of exc.$excs) {
    const r = splitRecursive(e, m, withRest);
    if (r.match) matched.push(r.match);
    if (r.rest) rest.push(r.rest);
  }
  return { match: subset(exc, matched), rest: withRest ? subset(exc, rest) : undefined };
}

/** `eg.split(cond)` with an internal matcher. */
export function splitBy(eg: PyBaseException, m: Matcher): SplitResult { return splitRecursive(eg, m, true); }
export function splitByType(eg: PyBaseException, T: any): SplitResult { return splitRecursive(eg, matcherFor(T), true); }

/** Leaf exceptions of a group (or the exception itself). */
export function leaves(e: any, out = new Set<any>()): Set<any> {
  if (e === undefined || e === None) return out;
  if (isGroup(e)) for (const x of e.$excs) leaves(x, out);
  else out.add(e);
  return out;
}

/** `ExceptionGroup("", excs)` built by the interpreter. */
export function createGroup(excs: any[]): PyBaseException {
  return call(E.BaseExceptionGroup, '', excs);
}

function strOf(this: PyBaseException) {
  const n = this.$excs.length;
  return `${this.$message} (${n} sub-exception${n > 1 ? 's' : ''})`;
}

E.BaseExceptionGroup.$new = egNew;
E.ExceptionGroup.$new = egNew;
(E.BaseExceptionGroup as any).$onSubclass = (C: PyClass) => { C.$new = egNew; };
baseInit = E.BaseException.prototype.__init__;
// ExceptionGroup's class dict links copies of BaseExceptionGroup's (its MRO is not one JS chain).
for (const C of [E.BaseExceptionGroup, E.ExceptionGroup]) defineMethods(C, {
  get message() { return (this as any).$message; },
  get exceptions() { return (this as any).$excs; },
  __str__: strOf,
  derive(this: PyBaseException, excs: any) { return call(E.BaseExceptionGroup, this.$message, excs); },
  split(this: PyBaseException, cond: any) {
    const r = splitRecursive(this, matcherFor(cond), true);
    return tuple([r.match ?? None, r.rest ?? None]);
  },
  subgroup(this: PyBaseException, cond: any) {
    return splitRecursive(this, matcherFor(cond), false).match ?? None;
  },
});
