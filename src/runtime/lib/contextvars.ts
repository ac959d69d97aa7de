// `contextvars` (PEP 567). A Context maps ContextVar → value; the "current context" is module
// state. asyncio copies the context when a Task or callback is created (copyContext) and runs
// each step in it (runInContext); both are wired into the asyncio engine's host below.
// Until the program creates its first ContextVar, copyContext() returns undefined so that the
// loop runs callbacks directly (nothing could observe a context yet).
import { PyObject, PyClass, nativeClass, None, tuple } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { pyfunc, call, callKw, Kw } from '../py/call';
import { repr } from '../py/protocols';
import { registerModule } from '../py/modules';
import { genIterType } from '../py/iterators';
import { fakeAddress } from '../py/generators';
import { setAsyncioHost } from '../eventsHost';
import { onProgramStart } from '../lifecycle';

export class PyContext extends PyObject {
  $vars = new Map<PyContextVar, any>();
  $entered = false;
  $prev: PyContext | null = null;
}
const MISSING: any = { $missing: true };

export class PyContextVar extends PyObject {
  $name = '';
  $default: any = MISSING;
  get name() { return this.$name; }
}
export class PyToken extends PyObject {
  $ctx!: PyContext; $var!: PyContextVar; $old: any = MISSING; $used = false;
  get var() { return this.$var; }
  get old_value() { return this.$old === MISSING ? TOKEN_MISSING : this.$old; }
}

let current = new PyContext();
let anyVar = false;
onProgramStart(() => { current = new PyContext(); anyVar = false; });

export function currentContext(): PyContext { return current; }

/** contextvars.copy_context() */
export function copyContextObject(): PyContext {
  const c = new PyContext();
  c.$vars = new Map(current.$vars);
  return c;
}
/** For the event loop: a copy of the current context, or undefined while no ContextVar exists. */
export function copyContext(): PyContext | undefined { return anyVar ? copyContextObject() : undefined; }

/** Context.run: enter ctx, call fn, leave (even on error). */
export function runInContext<T>(ctx: PyContext, fn: () => T): T {
  if (ctx.$entered) throw pyErr(E.RuntimeError, `cannot enter context: ${repr(ctx)} is already entered`);
  ctx.$entered = true;
  ctx.$prev = current;
  current = ctx;
  try { return fn(); } finally {
    current = ctx.$prev!;
    ctx.$prev = null;
    ctx.$entered = false;
  }
}

class MissingMarker extends PyObject { __repr__() { return '<Token.MISSING>'; } }
nativeClass({ name: 'Token.MISSING', module: '_contextvars', es: MissingMarker });
const TOKEN_MISSING = new MissingMarker();

const ctxIter = genIterType('Context_iterator');

export const contextClass: PyClass = nativeClass({ name: 'Context', module: '_contextvars', es: PyContext, new: (_C, args) => {
  if (args.length) throw pyErr(E.TypeError, 'Context() does not accept any arguments');
  return new PyContext();
}, dict: {
  run: Object.assign(function (this: PyContext, fn: any, ...args: any[]) {
    return runInContext(this, () => call(fn, ...args));
  }, { $callKw(this: PyContext, pos: any[], kw: Kw) { return runInContext(this, () => callKw(pos[0], pos.slice(1), kw)); } }),
  copy(this: PyContext) { const c = new PyContext(); c.$vars = new Map(this.$vars); return c; },
  get(this: PyContext, v: any, d: any = None) { checkVar(v); return this.$vars.has(v) ? this.$vars.get(v) : d; },
  __getitem__(this: PyContext, v: any) { checkVar(v); if (!this.$vars.has(v)) throw pyErr(E.KeyError, v); return this.$vars.get(v); },
  __contains__(this: PyContext, v: any) { checkVar(v); return this.$vars.has(v); },
  __len__(this: PyContext) { return this.$vars.size; },
  __iter__(this: PyContext) { return ctxIter.make([...this.$vars.keys()][Symbol.iterator]()); },
  keys(this: PyContext) { return [...this.$vars.keys()]; },
  values(this: PyContext) { return [...this.$vars.values()]; },
  items(this: PyContext) { return [...this.$vars.entries()].map(e => tuple(e)); },
  __eq__(this: PyContext, o: any) {
    if (!(o instanceof PyContext)) return false;
    if (o.$vars.size !== this.$vars.size) return false;
    for (const [k, v] of this.$vars) if (!o.$vars.has(k) || o.$vars.get(k) !== v) return false;
    return true;
  },
  __hash__: None,
} });
function checkVar(v: any) {
  if (!(v instanceof PyContextVar)) throw pyErr(E.TypeError, `a ContextVar key was expected, got ${repr(v)}`);
}

function varGet(v: PyContextVar, dflt: any): any {
  if (current.$vars.has(v)) return current.$vars.get(v);
  if (dflt !== undefined) return dflt;
  if (v.$default !== MISSING) return v.$default;
  throw pyErr(E.LookupError, v);
}

export const contextVarClass: PyClass = nativeClass({ name: 'ContextVar', module: '_contextvars', es: PyContextVar, new: (_C, args, kw) => {
  const name = args[0] ?? kw?.get('name');
  if (typeof name !== 'string') throw pyErr(E.TypeError, 'context variable name must be a str');
  const v = new PyContextVar();
  v.$name = name;
  const d = args.length > 1 ? args[1] : kw?.get('default');
  if (d !== undefined) v.$default = d;
  anyVar = true;
  return v;
}, dict: {
  get(this: PyContextVar, d?: any) { return varGet(this, d); },
  set(this: PyContextVar, value: any) {
    const t = new PyToken();
    t.$ctx = current; t.$var = this; t.$old = current.$vars.has(this) ? current.$vars.get(this) : MISSING;
    current.$vars.set(this, value);
    return t;
  },
  reset(this: PyContextVar, t: any) {
    if (!(t instanceof PyToken)) throw pyErr(E.TypeError, `expected an instance of Token, got ${repr(t)}`);
    if (t.$used) throw pyErr(E.RuntimeError, `${repr(t)} has already been used once`);
    if (t.$var !== this) throw pyErr(E.ValueError, `${repr(t)} was created by a different ContextVar`);
    if (t.$ctx !== current) throw pyErr(E.ValueError, `${repr(t)} was created in a different Context`);
    t.$used = true;
    if (t.$old === MISSING) current.$vars.delete(this); else current.$vars.set(this, t.$old);
    return None;
  },
  __repr__(this: PyContextVar) {
    const d = this.$default === MISSING ? '' : ` default=${repr(this.$default)}`;
    return `<ContextVar name=${repr(this.$name)}${d} at ${fakeAddress(this)}>`;
  },
  __hash__(this: PyContextVar) { return Math.floor(Number.parseInt(fakeAddress(this), 16) / 16); },
  __class_getitem__(this: any) { return this; },
} });

export const tokenClass: PyClass = nativeClass({ name: 'Token', module: '_contextvars', es: PyToken, new: () => {
  throw pyErr(E.RuntimeError, 'Tokens can only be created by ContextVars');
}, dict: {
  MISSING: TOKEN_MISSING,
  __repr__(this: PyToken) { return `<Token${this.$used ? ' used' : ''} var=${repr(this.$var)} at ${fakeAddress(this)}>`; },
  __class_getitem__(this: any) { return this; },
} });

registerModule('contextvars', () => ({
  ContextVar: contextVarClass,
  Token: tokenClass,
  Context: contextClass,
  copy_context: pyfunc('copy_context', [], copyContextObject),
}));

setAsyncioHost({
  copyContext: () => copyContext(),
  runInContext: (ctx: any, fn: any, args: any[]) => runInContext(ctx, () => call(fn, ...args)),
});
