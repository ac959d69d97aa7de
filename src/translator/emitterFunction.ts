// def, async def, lambda.
//
//   const greet$defaults = ["hello"];
//   G.greet = $.def(function greet(name, greeting) {
//     if (arguments.length < 1 || arguments.length > 2) throw $.argError(greet, arguments);
//     if (greeting === undefined) greeting = greet$defaults[0];
//     ...body...
//     return $.None;
//   }, { name: "greet", qualname: "greet", params: { args: ["name", "greeting"] }, defaults: greet$defaults, firstlineno: 1 });
//
// Prologue: arity check on `arguments.length` (positional calls; `callKw` has already bound
// keywords and passes `undefined` for omitted parameters), defaults from a constant evaluated
// once at def time, `*args` rest parameter turned into a tuple, keyword-only and `**kwargs`
// values from `$.takeKw(f)`. Sync functions are plain JS functions; coroutines, generators and
// async generators return `$.coroutine/$.generator/$.asyncGenerator(f, body(params))`, where the
// body is a generator function declared once, just before the def (`const f$body = function*
// (params) {...}`), not a `function* () {...}` closure made at every call: V8 gives every
// generator-function closure its own prototype and object shape, which made creating and stepping
// a coroutine ~8x slower (and every `gen.next()` call site megamorphic).
// Decorator expressions are evaluated first, then defaults, then the function is created and the
// decorators applied bottom-up (CPython order).

import type * as A from './ast';
import { block, type E, e, type Frag, join, str } from './emitterCode';
import { FnCtx } from './emitterContext';
import { arg, expr, isPure } from './emitterExpr';
import { docstring } from './emitterFlow';
import { jsVar, objKey } from './emitterNames';
import { body } from './emitterStmt';
import { writeName } from './emitterVars';
import type { Scope } from './scopes';

export function functionDef(ctx: FnCtx, s: A.FunctionDef | A.AsyncFunctionDef): Frag[] {
  const base = jsVar(ctx.scope.mangle(s.name));
  let decos = s.decorator_list.map((d) => arg(expr(ctx, d)));
  const pre: Frag[] = [];
  let defaultsRef: string | null = null;
  if (s.args.defaults.length) {
    const decls: Frag[] = [];
    // Defaults are hoisted into a constant; decorators must then be evaluated before them.
    if (decos.length && !s.args.defaults.every((d) => isPure(ctx, d))) {
      decos = decos.map((d) => {
        const n = ctx.fresh(`${base}$decorator`);
        decls.push([n, ' = ', d]);
        return n;
      });
    }
    defaultsRef = ctx.fresh(`${base}$defaults`);
    decls.push([defaultsRef, ' = [', join(s.args.defaults.map((d) => arg(expr(ctx, d))), ', '), ']']);
    pre.push(['const ', join(decls, ', '), ';']);
  }
  let value: Frag = makeFunction(ctx, s, s.name, defaultsRef, decos.length > 0, pre).f;
  for (let i = decos.length - 1; i >= 0; i--) value = ctx.map(s.decorator_list[i], ['$.call(', decos[i], ', ', value, ')']);
  return [`// line ${s.lineno}`, ...pre, [writeName(ctx, s.name, value).f, ';']];
}

export function lambda(ctx: FnCtx, x: A.Lambda): E {
  if (!x.args.defaults.length) return makeFunction(ctx, x, '<lambda>', null, false);
  // Defaults inside an expression: bind them with an arrow so they are evaluated once, first.
  const defaults = x.args.defaults.map((d) => arg(expr(ctx, d)));
  const fn = makeFunction(ctx, x, '<lambda>', 'lambda$defaults', false);
  return e(['((lambda$defaults) => ', fn.f, ')([', join(defaults, ', '), '])']);
}

/** CPython's compiler_set_qualname. */
export function childQualname(ctx: FnCtx, name: string, isDefOrClass: boolean): string {
  if (ctx.kind === 'module') return name;
  if (isDefOrClass && ctx.scope.lookup(ctx.scope.mangle(name)) === 'global_explicit') return name;
  return ctx.kind === 'function' ? `${ctx.qualname}.<locals>.${name}` : `${ctx.qualname}.${name}`;
}

/** Names certainly bound when `scope` starts running now: its free names bound in `ctx`. */
export function boundFreeNames(ctx: FnCtx, scope: Scope, extra?: string): Set<string> {
  const out = new Set<string>();
  const deleted = ctx.m.table.deletedFromInside;
  for (const [name, sc] of scope.scopes) {
    if (sc !== 'free' || deleted.has(name)) continue;
    if (ctx.isBound(name) || name === extra) out.add(name);
  }
  return out;
}

/** `let a, b, $t1;` for the locals (not parameters) and temporaries of a finished context. */
export function declarations(child: FnCtx, exclude: Iterable<string> = []): Frag[] {
  const skip = new Set(exclude);
  const names: string[] = [];
  for (const [name, sc] of child.scope.scopes) {
    if ((sc === 'local' || sc === 'cell') && !skip.has(name) && !child.scope.params.includes(name)) names.push(jsVar(name));
  }
  for (const t of child.decls) names.push(t);
  return [...(names.length ? [`let ${names.join(', ')};`] : []), ...child.hoisted];
}

type FnNode = A.FunctionDef | A.AsyncFunctionDef | A.Lambda;

/** `hoist`: where a def's generator body is declared (lambdas, being expressions, keep theirs inline). */
function makeFunction(ctx: FnCtx, node: FnNode, pyName: string, defaultsRef: string | null, decorated: boolean, hoist?: Frag[]): E {
  const scope = ctx.m.table.byNode.get(node)!;
  const a = node.args;
  const isAsync = node._type === 'AsyncFunctionDef';
  const kind = isAsync ? (scope.isGenerator ? 'asyncgen' : 'coroutine') : scope.isGenerator ? 'generator' : 'function';
  const mangle = (n: string) => scope.mangle(n);
  const posNames = [...a.posonlyargs, ...a.args].map((p) => mangle(p.arg));
  const kwNames = a.kwonlyargs.map((p) => mangle(p.arg));
  const vararg = a.vararg ? mangle(a.vararg.arg) : null;
  const kwarg = a.kwarg ? mangle(a.kwarg.arg) : null;
  const ownName = node._type === 'Lambda' ? null : ctx.scope.mangle(pyName);
  let fnName = node._type === 'Lambda' ? 'lambda' : jsVar(ownName!);
  if (ownName !== null && scope.scopes.has(ownName)) fnName += '$';
  const qualname = childQualname(ctx, pyName, node._type !== 'Lambda');

  const bound = boundFreeNames(ctx, scope, decorated || !ownName || !canSeeOwnName(ctx, ownName) ? undefined : ownName);
  for (const p of [...posNames, ...kwNames, vararg, kwarg]) if (p) bound.add(p);
  const child = new FnCtx(ctx.m, scope, ctx, {
    kind: 'function', coName: pyName, qualname, jsGen: kind !== 'function', canAwait: isAsync,
    asyncGen: kind === 'asyncgen', initiallyBound: bound,
    firstParam: posNames.length ? jsVar(posNames[0]) : undefined,
  });

  // Prologue.
  const pro: Frag[] = [];
  const nPos = posNames.length;
  const nReq = nPos - a.defaults.length;
  let check: string | null;
  if (vararg) check = nReq > 0 ? `arguments.length < ${nReq}` : null;
  else if (a.defaults.length === 0) check = `arguments.length !== ${nPos}`;
  else check = nReq > 0 ? `arguments.length < ${nReq} || arguments.length > ${nPos}` : `arguments.length > ${nPos}`;
  if (check) pro.push(`if (${check}) throw $.argError(${fnName}, arguments);`);
  a.defaults.forEach((_, i) => {
    const p = jsVar(posNames[nReq + i]);
    pro.push(`if (${p} === undefined) ${p} = ${defaultsRef}[${i}];`);
  });
  if (vararg) pro.push(`${jsVar(vararg)} = $.tuple(${jsVar(vararg)});`);
  if (kwNames.length || kwarg) {
    const names = [...kwNames, ...(kwarg ? [kwarg] : [])].map(jsVar);
    pro.push(`let [${names.join(', ')}] = $.takeKw(${fnName});`);
  }
  // `$.tick()` first: a runaway recursion or loop can be interrupted (runtime/interrupt.ts).
  const prologue = [child.map(node, '$.tick();'), ...pro.map((l) => ({ ...child.map(node, l), prologue: true }))];

  // Body.
  let bodyLines: Frag[];
  if (node._type === 'Lambda') {
    bodyLines = [child.map(node.body, ['return ', arg(expr(child, node.body)), ';'])];
  } else {
    bodyLines = body(child, node.body);
    if (child.da !== null) bodyLines.push('return $.None;');
  }
  const inner = [...declarations(child), ...bodyLines];
  const params = [...posNames.map(jsVar), ...(vararg ? [`...${jsVar(vararg)}`] : [])].join(', ');
  let lines: Frag[];
  if (kind === 'function') {
    lines = [...prologue, ...inner];
  } else {
    const wrap = kind === 'coroutine' ? 'coroutine' : kind === 'generator' ? 'generator' : 'asyncGenerator';
    if (hoist) {
      const bodyName = ctx.fresh(`${jsVar(ownName!)}$body`);
      const bodyParams = [...posNames, ...(vararg ? [vararg] : []), ...kwNames, ...(kwarg ? [kwarg] : [])].map(jsVar).join(', ');
      hoist.push(['const ', bodyName, ` = function* (${bodyParams}) `, block(inner), ';']);
      lines = [...prologue, `return $.${wrap}(${fnName}, ${bodyName}(${bodyParams}));`];
    } else {
      lines = [...prologue, [`return $.${wrap}(${fnName}, function* () `, block(inner), ');']];
    }
  }
  const meta = metadata(ctx, node, {
    name: pyName, qualname, posonly: a.posonlyargs.map((p) => mangle(p.arg)), args: a.args.map((p) => mangle(p.arg)),
    vararg, kwonly: kwNames, kwarg, defaultsRef, kind, scope,
  });
  return e(['$.def(function ', fnName, '(', params, ') ', block(lines), ', ', meta, ')']);
}

/** Can the function body reach the name it is being assigned to as a JS variable? */
function canSeeOwnName(ctx: FnCtx, name: string): boolean {
  const sc = ctx.scope.lookup(name);
  return ctx.kind === 'function' && (sc === 'local' || sc === 'cell' || sc === 'free');
}

interface MetaInfo {
  name: string; qualname: string; posonly: string[]; args: string[]; vararg: string | null;
  kwonly: string[]; kwarg: string | null; defaultsRef: string | null; kind: string; scope: Scope;
}

function metadata(ctx: FnCtx, node: FnNode, m: MetaInfo): Frag {
  const list = (xs: string[]) => `[${xs.map(str).join(', ')}]`;
  const a = node.args;
  const kwdefaults: Frag[] = [];
  a.kwonlyargs.forEach((p, i) => {
    const d = a.kw_defaults[i];
    if (d) kwdefaults.push([objKey(m.scope.mangle(p.arg)), ': ', arg(expr(ctx, d))]);
  });
  // Empty parameter lists, no defaults and kind "function" are left out: they are the defaults.
  const params: string[] = [];
  if (m.posonly.length) params.push(`posonly: ${list(m.posonly)}`);
  if (m.args.length) params.push(`args: ${list(m.args)}`);
  if (m.vararg) params.push(`vararg: ${str(m.vararg)}`);
  if (m.kwonly.length) params.push(`kwonly: ${list(m.kwonly)}`);
  if (m.kwarg) params.push(`kwarg: ${str(m.kwarg)}`);
  const parts: Frag[] = [`name: ${str(m.name)}`, `qualname: ${str(m.qualname)}`, params.length ? `params: { ${params.join(', ')} }` : 'params: {}'];
  if (m.defaultsRef) parts.push(`defaults: ${m.defaultsRef}`);
  if (kwdefaults.length) parts.push(['kwdefaults: { ', join(kwdefaults, ', '), ' }']);
  if (m.kind !== 'function') parts.push(`kind: ${str(m.kind)}`);
  const first = node._type === 'Lambda' || !node.decorator_list.length ? node.lineno : node.decorator_list[0].lineno;
  parts.push(`firstlineno: ${first}`);
  // The cells a closure reads (`__closure__`), in co_freevars order (sorted by name).
  const free = [...m.scope.scopes].filter(([, sc]) => sc === 'free').map(([n]) => n).sort();
  if (free.length) parts.push(`freevars: ${list(free)}, closure: () => [${free.map(jsVar).join(', ')}]`);
  if (node._type !== 'Lambda') {
    const doc = docstring(node.body);
    if (doc !== null) parts.push(`doc: ${str(doc)}`);
    const ann = annotations(ctx, node, m.scope);
    if (ann) parts.push(ann);
  }
  return ['{ ', join(parts, ', '), ' }'];
}

/** `annotations: { a: int, return: str }` in CPython's evaluation order, or null. */
function annotations(ctx: FnCtx, node: A.FunctionDef | A.AsyncFunctionDef, scope: Scope): Frag | null {
  const a = node.args;
  const items: [string, A.Expr][] = [];
  const add = (p: A.Arg | null) => {
    if (p?.annotation) items.push([scope.mangle(p.arg), p.annotation]);
  };
  a.args.forEach(add);
  a.posonlyargs.forEach(add);
  add(a.vararg);
  a.kwonlyargs.forEach(add);
  add(a.kwarg);
  if (node.returns) items.push(['return', node.returns]);
  if (!items.length) return null;
  const future = ctx.m.table.futureAnnotations;
  const entries = items.map(([k, v]) => [objKey(k), ': ', future ? str(ctx.m.sourceText(v)) : arg(expr(ctx, v))]);
  return ['annotations: { ', join(entries, ', '), ' }'];
}
