// match statements.
//
//   const $subject = point;
//   if (($t1 = $.matchClass($subject, (G.Point ?? $.nameError("Point")), 2, [])) !== undefined && $t1[0] === 0) {
//     y = $t1[1];
//     ...
//   } else if ($.matchSeq($subject, 2, -1) !== undefined) {
//     ...
//   } else {
//     ...                              // case _:
//   }
//
// Patterns compile to a conjunction of tests plus a list of bindings. As in CPython, names are
// bound only once the whole pattern matched (before the guard, if any). Each alternative of an
// or-pattern binds its own names inline. The helpers (RUNTIME_HELPERS_NEEDED.md):
// `$.matchSeq(v, n, starIndex)`, `$.matchMap(v, keys, hasRest)` return an array of the sub-values
// to match, `$.matchClass(v, cls, nPos, kwNames)` the same after a leading 0; all return undefined
// when the shape does not match.

import type * as A from './ast';
import { block, type Frag, join, str } from './emitterCode';
import { type DA, type FnCtx, meet } from './emitterContext';
import { arg, expr, test } from './emitterExpr';
import { body } from './emitterStmt';
import { targetName } from './emitterVars';

interface Compiled {
  tests: Frag[];
  binds: [string, Frag][];
}

function inlineBinds(binds: [string, Frag][]): Frag {
  return ['(', join(binds.map(([n, v]) => [n, ' = ', v]), ', '), ', true)'];
}

function pattern(ctx: FnCtx, p: A.Pattern, v: Frag): Compiled {
  switch (p._type) {
    case 'MatchValue':
      return { tests: [ctx.map(p, ['$.truthy($.eq(', v, ', ', arg(expr(ctx, p.value)), '))'])], binds: [] };
    case 'MatchSingleton': {
      const c = p.value === null ? '$.None' : String(p.value);
      return { tests: [[v, ' === ', c]], binds: [] };
    }
    case 'MatchAs': {
      const inner = p.pattern ? pattern(ctx, p.pattern, v) : { tests: [], binds: [] };
      if (p.name) inner.binds.push([targetName(ctx, p.name), v]);
      return inner;
    }
    case 'MatchStar': // only inside sequences, handled there
      return { tests: [], binds: p.name ? [[targetName(ctx, p.name), v]] : [] };
    case 'MatchOr': {
      const alts = p.patterns.map((q) => {
        const c = pattern(ctx, q, v);
        const parts = [...c.tests, ...(c.binds.length ? [inlineBinds(c.binds)] : [])];
        return parts.length ? (parts.length === 1 ? parts[0] : ['(', join(parts, ' && '), ')']) : 'true';
      });
      return { tests: [['(', join(alts, ' || '), ')']], binds: [] };
    }
    case 'MatchSequence': {
      const star = p.patterns.findIndex((q) => q._type === 'MatchStar');
      const call = ctx.map(p, ['$.matchSeq(', v, ', ', String(p.patterns.length), ', ', String(star), ')']);
      return structured(ctx, call, p.patterns);
    }
    case 'MatchMapping': {
      const keys = p.keys.map((k) => arg(expr(ctx, k)));
      const call = ctx.map(p, ['$.matchMap(', v, ', [', join(keys, ', '), '], ', String(p.rest !== null), ')']);
      const c = structured(ctx, call, p.patterns, p.rest !== null);
      if (p.rest) c.binds.push([targetName(ctx, p.rest), `${c.temp}[${p.patterns.length}]`]);
      return c;
    }
    case 'MatchClass': {
      const cls = arg(expr(ctx, p.cls));
      const kw = `[${p.kwd_attrs.map((k) => str(ctx.scope.mangle(k))).join(', ')}]`;
      const call = ctx.map(p, ['$.matchClass(', v, ', ', cls, ', ', String(p.patterns.length), ', ', kw, ')']);
      // matchClass returns [0, ...sub-values] (runtime convention): sub-values start at index 1.
      return structured(ctx, call, [...p.patterns, ...p.kwd_patterns], false, 1);
    }
  }
}

/** A helper returning sub-values (or undefined), then the sub-patterns on those values. */
function structured(ctx: FnCtx, call: Frag, subs: A.Pattern[], needTemp = false, first = 0): Compiled & { temp: string } {
  const compiled: Compiled[] = [];
  let temp = '';
  const anyUse = needTemp || subs.some((q) => !(q._type === 'MatchAs' && !q.pattern && !q.name) &&
    !(q._type === 'MatchStar' && !q.name));
  if (anyUse) temp = ctx.temp();
  subs.forEach((q, i) => compiled.push(pattern(ctx, q, `${temp}[${first + i}]`)));
  const head: Frag = anyUse ? ['(', temp, ' = ', call, ') !== undefined'] : [call, ' !== undefined'];
  return {
    tests: [head, ...compiled.flatMap((c) => c.tests)],
    binds: compiled.flatMap((c) => c.binds),
    temp,
  };
}

export function matchStmt(ctx: FnCtx, s: A.Match): Frag[] {
  const subject = ctx.fresh('$subject');
  const out: Frag[] = [['const ', subject, ' = ', arg(expr(ctx, s.subject)), ';']];
  const entry = ctx.snapshot();
  const ends: DA[] = [];
  const branches: { cond: Frag | null; lines: Frag[] }[] = [];
  let exhaustive = false;
  for (const c of s.cases) {
    ctx.da = entry === null ? null : new Set(entry);
    ctx.resetTemps();
    const compiled = pattern(ctx, c.pattern, subject);
    const conds = [...compiled.tests];
    const lines: Frag[] = [];
    if (c.guard) {
      if (compiled.binds.length) conds.push(inlineBinds(compiled.binds));
      conds.push(test(ctx, c.guard).f);
    } else {
      for (const [n, v] of compiled.binds) lines.push([n, ' = ', v, ';']);
    }
    lines.push(...body(ctx, c.body));
    ends.push(ctx.da);
    branches.push({ cond: conds.length ? join(conds, ' && ') : null, lines });
    if (!conds.length) {
      exhaustive = true;
      break;
    }
  }
  ctx.da = meet(...ends, exhaustive ? null : entry);
  let chain: Frag | null = null;
  for (let i = branches.length - 1; i >= 0; i--) {
    const b = branches[i];
    if (b.cond === null) {
      chain = block(b.lines);
      continue;
    }
    const ifFrag: Frag = ['if (', b.cond, ') ', block(b.lines)];
    chain = chain === null ? ifFrag : [ifFrag, ' else ', chain];
  }
  if (chain) out.push(chain);
  return out;
}
