// Pyright `match` statements and patterns → CPython Match / match_case / pattern nodes.

import type * as A from './ast';
import type { ConvCtx } from './parserContext';
import { PN, type PNode } from './parserEnums';
import { T } from './parserSource';
import { endWithComma, errorExpr, expr, exprOpt, ident } from './parserExpr';

const end = (n: PNode): number => n.start + n.length;

export function convertMatch(c: ConvCtx, n: PNode, body: (c: ConvCtx, suite: PNode) => A.Stmt[]): A.Match {
  const subject = expr(c, n.subjectExpression);
  const cases: A.MatchCase[] = n.cases.map((k: PNode) => ({
    _type: 'match_case' as const,
    pattern: pattern(c, k.pattern),
    guard: exprOpt(c, k.guardExpression),
    body: body(c, k.suite),
  }));
  const lastCase = cases[cases.length - 1];
  const lastBody = lastCase?.body ?? [];
  const stop = lastBody.length ? c.off(lastBody[lastBody.length - 1])[1] : end(n);
  return c.at({ _type: 'Match', subject, cases }, n.start, stop);
}

/** Offsets of the bracket group opening at `start` when it closes at or after `minEnd`. */
function bracketed(c: ConvCtx, start: number, minEnd: number): [number, number] | undefined {
  const i = c.ts.indexAt(start);
  const t = c.ts.tok(i);
  if (!t || (t.type !== T.OpenBracket && t.type !== T.OpenParen)) return undefined;
  const j = c.ts.partner[i];
  return j >= 0 && c.ts.end(j) >= minEnd ? [start, c.ts.end(j)] : undefined;
}

function pattern(c: ConvCtx, n: PNode): A.Pattern {
  switch (n.nodeType) {
    case PN.PatternAs:
      return asPattern(c, n);
    case PN.PatternCapture: {
      if (n.isStar) {
        return c.at({ _type: 'MatchStar', name: n.isWildcard ? null : ident(n.target.value) }, n.start, end(n.target));
      }
      const name = n.isWildcard ? null : ident(n.target.value);
      return c.at({ _type: 'MatchAs', pattern: null, name }, n.target.start, end(n.target));
    }
    case PN.PatternLiteral: {
      const value = expr(c, n.expression);
      const [s, e] = c.off(value);
      if (value._type === 'Constant' && (value.value === null || typeof value.value === 'boolean')) {
        return c.at({ _type: 'MatchSingleton', value: value.value }, s, e);
      }
      return c.at({ _type: 'MatchValue', value }, s, e);
    }
    case PN.PatternValue: {
      const value = expr(c, n.expression);
      const [s, e] = c.off(value);
      return c.at({ _type: 'MatchValue', value }, s, e);
    }
    case PN.PatternClass:
      return classPattern(c, n);
    case PN.PatternSequence: {
      const patterns: A.Pattern[] = n.entries.map((x: PNode) => pattern(c, x));
      const lastEnd = patterns.length ? c.off(patterns[patterns.length - 1])[1] : end(n);
      const br = bracketed(c, n.start, lastEnd + 1);
      if (br) return c.at({ _type: 'MatchSequence', patterns }, br[0], br[1]);
      const s = patterns.length ? c.ts.outer(...c.off(patterns[0]))[0] : n.start;
      const e = patterns.length ? endWithComma(c, c.ts.outer(...c.off(patterns[patterns.length - 1]))[1]) : end(n);
      return c.at({ _type: 'MatchSequence', patterns }, s, e);
    }
    case PN.PatternMapping: {
      const keys: A.Expr[] = [];
      const patterns: A.Pattern[] = [];
      let rest: string | null = null;
      for (const en of n.entries) {
        if (en.nodeType === PN.PatternMappingExpandEntry) {
          rest = ident(en.target.value);
        } else if (en.nodeType === PN.PatternMappingKeyEntry) {
          const k = en.keyPattern;
          keys.push(k.nodeType === PN.Error ? errorExpr(c, k.start, end(k)) : expr(c, k.expression));
          patterns.push(en.valuePattern.nodeType === PN.Error ? errorPattern(c, en.valuePattern) : pattern(c, en.valuePattern));
        }
      }
      const i = c.ts.indexAt(n.start);
      const j = i >= 0 ? c.ts.partner[i] : -1;
      return c.at({ _type: 'MatchMapping', keys, patterns, rest }, n.start, j >= 0 ? c.ts.end(j) : end(n));
    }
    default:
      return errorPattern(c, n);
  }
}

function errorPattern(c: ConvCtx, n: PNode): A.Pattern {
  // Pyright has no node for the empty mapping pattern `{}`: it returns an error node at the '}'.
  const i = c.ts.indexAt(n.start);
  if (i > 0 && c.ts.toks[i].type === T.CloseBrace && c.ts.partner[i] === i - 1) {
    return c.at({ _type: 'MatchMapping', keys: [], patterns: [], rest: null }, c.ts.toks[i - 1].start, c.ts.end(i));
  }
  const value = errorExpr(c, n.start, end(n));
  return c.at({ _type: 'MatchValue', value }, n.start, end(n));
}

function asPattern(c: ConvCtx, n: PNode): A.Pattern {
  const alts: A.Pattern[] = n.orPatterns.map((x: PNode) => pattern(c, x));
  let inner: A.Pattern;
  if (alts.length === 1) {
    inner = alts[0];
  } else {
    const s = c.ts.outer(...c.off(alts[0]))[0];
    const e = c.ts.outer(...c.off(alts[alts.length - 1]))[1];
    inner = c.at({ _type: 'MatchOr', patterns: alts }, s, e);
  }
  if (!n.target) return inner;
  const s = c.ts.outer(...c.off(inner))[0];
  return c.at({ _type: 'MatchAs', pattern: inner, name: ident(n.target.value) }, s, end(n.target));
}

function classPattern(c: ConvCtx, n: PNode): A.MatchClass {
  const cls = expr(c, n.className);
  const patterns: A.Pattern[] = [];
  const kwd_attrs: string[] = [];
  const kwd_patterns: A.Pattern[] = [];
  for (const a of n.arguments) {
    const p = pattern(c, a.pattern);
    if (a.name) {
      kwd_attrs.push(ident(a.name.value));
      kwd_patterns.push(p);
    } else {
      patterns.push(p);
    }
  }
  const i = c.ts.indexAtOrAfter(c.off(cls)[1]);
  const j = i >= 0 ? c.ts.partner[i] : -1;
  return c.at({ _type: 'MatchClass', cls, patterns, kwd_attrs, kwd_patterns }, c.off(cls)[0], j >= 0 ? c.ts.end(j) : end(n));
}
