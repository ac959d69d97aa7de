// Compile-time SyntaxErrors of CPython 3.11 (Python/compile.c): return/yield/await/break/continue
// outside their context, async constructs outside async functions, misplaced bare except,
// starred assignment targets, repeated keywords and unreachable match patterns. Symbol-table
// errors (parserSymtable.ts) are reported before these, as CPython builds symbol tables first.

import type * as A from './ast';
import { children, walk, type Node } from './ast';
import type { ConvCtx, RawDiag } from './parserContext';
import { symtableErrors } from './parserSymtable';
import { patternErrors } from './parserPatternChecks';

const STARRED_PARENTS = new Set(['List', 'Tuple', 'Set', 'Call', 'ClassDef', 'arg']);

interface Fn {
  kind: 'module' | 'class' | 'function' | 'lambda';
  isAsync: boolean;
  isGenerator: boolean;
}

/** True when a function body (not nested scopes) contains yield. */
function hasYield(body: Node[]): boolean {
  let found = false;
  for (const s of body) {
    walk(s, (n) => {
      if (found) return false;
      if (n._type === 'Yield' || n._type === 'YieldFrom') found = true;
      return !(n._type === 'FunctionDef' || n._type === 'AsyncFunctionDef' || n._type === 'Lambda' || n._type === 'ClassDef');
    });
  }
  return found;
}

export function scopeErrors(module: A.Module, c: ConvCtx, allowTopLevelAwait: boolean): RawDiag[] {
  const errs: RawDiag[] = symtableErrors(module, c);
  const err = (n: object, msg: string): void => {
    const [s, e] = c.off(n);
    errs.push({ start: s, end: e, msg, phase: 2 });
  };
  const topAwait = (fn: Fn): boolean => allowTopLevelAwait && fn.kind === 'module';

  const parents = new WeakMap<Node, Node | null>();
  walk(module, (n, p) => { parents.set(n, p); });
  const visit = (n: Node, fn: Fn, loop: boolean): void => {
    switch (n._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
      case 'Lambda': {
        for (const d of n._type === 'Lambda' ? [] : n.decorator_list) visit(d, fn, loop);
        for (const d of [...n.args.defaults, ...n.args.kw_defaults]) if (d) visit(d, fn, loop);
        const body: Node[] = n._type === 'Lambda' ? [n.body] : n.body;
        const inner: Fn = { kind: n._type === 'Lambda' ? 'lambda' : 'function', isAsync: n._type === 'AsyncFunctionDef', isGenerator: hasYield(body) };
        for (const s of body) visit(s, inner, false);
        return;
      }
      case 'ClassDef':
        for (const d of n.decorator_list) visit(d, fn, loop);
        for (const b of [...n.bases, ...n.keywords]) visit(b, fn, loop);
        for (const s of n.body) visit(s, { kind: 'class', isAsync: false, isGenerator: false }, false);
        return;
      case 'Return':
        if (fn.kind !== 'function') err(n, "'return' outside function");
        else if (n.value && fn.isAsync && fn.isGenerator) err(n, "'return' with value in async generator");
        break;
      case 'Yield':
      case 'YieldFrom':
        if (fn.kind !== 'function' && fn.kind !== 'lambda') err(n, "'yield' outside function");
        else if (n._type === 'YieldFrom' && fn.isAsync) err(n, "'yield from' inside async function");
        break;
      case 'Await':
        if (!topAwait(fn)) {
          if (fn.kind !== 'function' && fn.kind !== 'lambda') err(n, "'await' outside function");
          else if (!fn.isAsync) err(n, "'await' outside async function");
        }
        break;
      case 'Break':
        if (!loop) err(n, "'break' outside loop");
        break;
      case 'Continue':
        if (!loop) err(n, "'continue' not properly in loop");
        break;
      case 'For':
      case 'AsyncFor':
      case 'While': {
        if (n._type === 'AsyncFor' && !fn.isAsync && !topAwait(fn)) {
          err(n, "'async for' outside async function");
          return;
        }
        if (n._type === 'While') visit(n.test, fn, loop);
        else {
          visit(n.iter, fn, loop);
          visit(n.target, fn, loop);
        }
        for (const s of n.body) visit(s, fn, true);
        for (const s of n.orelse) visit(s, fn, loop);
        return;
      }
      case 'AsyncWith':
        if (!fn.isAsync && !topAwait(fn)) {
          err(n, "'async with' outside async function");
          return;
        }
        break;
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp': {
        const isAsync = n.generators.some((g) => g.is_async) || containsAwait(n);
        if (isAsync && n._type !== 'GeneratorExp' && !fn.isAsync && !topAwait(fn)) {
          err(n, 'asynchronous comprehension outside of an asynchronous function');
          return;
        }
        // Inside the comprehension, await is allowed where the comprehension may be async.
        const inner: Fn = { ...fn, isAsync: fn.isAsync || topAwait(fn) || n._type === 'GeneratorExp' };
        if (inner.isAsync && fn.kind !== 'function' && fn.kind !== 'lambda') inner.kind = 'function';
        for (const k of children(n)) visit(k, inner, loop);
        return;
      }
      case 'Try':
      case 'TryStar':
        n.handlers.forEach((h, i) => {
          if (!h.type && i < n.handlers.length - 1) err(h, "default 'except:' must be last");
        });
        break;
      case 'Assign':
        for (const t of n.targets) starredTargets(t, err);
        break;
      case 'Call':
        repeatedKeywords(n.keywords, err);
        break;
      case 'Starred':
        if (!STARRED_PARENTS.has(parents.get(n)?._type ?? '')) {
          err(n, n.ctx === 'Store' ? 'starred assignment target must be in a list or tuple' : "can't use starred expression here");
          return;
        }
        break;
      case 'Match':
        for (const e of patternErrors(n)) err(e.node, e.msg);
        break;
      default:
        break;
    }
    for (const k of children(n)) visit(k, fn, loop);
  };
  const mod: Fn = { kind: 'module', isAsync: allowTopLevelAwait, isGenerator: false };
  for (const s of module.body) visit(s, mod, false);
  return errs;
}

/** Does the comprehension await in a part evaluated inside its own scope? */
function containsAwait(n: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): boolean {
  let found = false;
  const parts: Node[] = n._type === 'DictComp' ? [n.key, n.value] : [n.elt];
  n.generators.forEach((g, i) => {
    parts.push(g.target, ...g.ifs);
    if (i > 0) parts.push(g.iter);
  });
  for (const p of parts) {
    walk(p, (x) => {
      if (x._type === 'Await') found = true;
      return !found && x._type !== 'Lambda' && !x._type.endsWith('Comp') && x._type !== 'GeneratorExp';
    });
  }
  return found;
}

function starredTargets(t: A.Expr, err: (n: object, msg: string) => void): void {
  if (t._type === 'Tuple' || t._type === 'List') {
    if (t.elts.filter((e) => e._type === 'Starred').length > 1) err(t, 'multiple starred expressions in assignment');
  }
}

function repeatedKeywords(kws: A.Keyword[], err: (n: object, msg: string) => void): void {
  const seen = new Set<string>();
  for (const k of kws) {
    if (k.arg === null) continue;
    if (seen.has(k.arg)) {
      err(k, `keyword argument repeated: ${k.arg}`);
      return;
    }
    seen.add(k.arg);
  }
}
