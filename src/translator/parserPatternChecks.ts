// Compile-time checks of `match` statements (CPython 3.11 compiler_match / compiler_pattern).

import type * as A from './ast';

export interface PatternError { node: object; msg: string }

function irrefutable(p: A.Pattern): boolean {
  if (p._type === 'MatchAs') return p.pattern === null || irrefutable(p.pattern);
  if (p._type === 'MatchOr') return p.patterns.some(irrefutable);
  return false;
}

function unreachableMessage(p: A.Pattern): string {
  let q: A.Pattern = p;
  while (q._type === 'MatchAs' && q.pattern) q = q.pattern;
  if (q._type === 'MatchAs' && q.name) return `name capture '${q.name}' makes remaining patterns unreachable`;
  if (p._type === 'MatchAs' && p.name && p.pattern) return `name capture '${p.name}' makes remaining patterns unreachable`;
  return 'wildcard makes remaining patterns unreachable';
}

/** Errors of one match statement, in the order CPython's compiler finds them. */
export function patternErrors(m: A.Match): PatternError[] {
  const out: PatternError[] = [];
  m.cases.forEach((k, i) => {
    const errs: PatternError[] = [];
    checkPattern(k.pattern, new Set(), errs);
    if (errs.length) {
      out.push(errs[0]);
      return;
    }
    if (i < m.cases.length - 1 && !k.guard && irrefutable(k.pattern)) {
      out.push({ node: k.pattern, msg: unreachableMessage(k.pattern) });
    }
  });
  return out.slice(0, 1);
}

/** Walks a pattern, collecting bound names; reports the first problem into `errs`. */
function checkPattern(p: A.Pattern, names: Set<string>, errs: PatternError[]): void {
  if (errs.length) return;
  const bind = (name: string | null, node: object): void => {
    if (!name) return;
    if (names.has(name)) errs.push({ node, msg: `multiple assignments to name '${name}' in pattern` });
    names.add(name);
  };
  switch (p._type) {
    case 'MatchAs':
      if (p.pattern) checkPattern(p.pattern, names, errs);
      bind(p.name, p);
      return;
    case 'MatchStar':
      bind(p.name, p);
      return;
    case 'MatchSequence':
      if (p.patterns.filter((x) => x._type === 'MatchStar').length > 1) {
        errs.push({ node: p, msg: 'multiple starred names in sequence pattern' });
        return;
      }
      for (const x of p.patterns) checkPattern(x, names, errs);
      return;
    case 'MatchMapping': {
      const seen = new Set<string>();
      for (const k of p.keys) {
        if (k._type === 'Constant') {
          const key = typeof k.value === 'string' ? `'${k.value}'` : String(k.value);
          if (seen.has(key)) {
            errs.push({ node: p, msg: `mapping pattern checks duplicate key (${key})` });
            return;
          }
          seen.add(key);
        }
      }
      for (const x of p.patterns) checkPattern(x, names, errs);
      bind(p.rest, p);
      return;
    }
    case 'MatchClass': {
      for (const x of p.patterns) checkPattern(x, names, errs);
      const attrs = new Set<string>();
      p.kwd_attrs.forEach((a, i) => {
        if (errs.length) return;
        if (attrs.has(a)) {
          errs.push({ node: p.kwd_patterns[i], msg: `attribute name repeated in class pattern: ${a}` });
          return;
        }
        attrs.add(a);
        checkPattern(p.kwd_patterns[i], names, errs);
      });
      return;
    }
    case 'MatchOr': {
      let first: Set<string> | null = null;
      p.patterns.forEach((alt, i) => {
        if (errs.length) return;
        if (i < p.patterns.length - 1 && irrefutable(alt)) {
          errs.push({ node: alt, msg: unreachableMessage(alt) });
          return;
        }
        const altNames = new Set(names);
        checkPattern(alt, altNames, errs);
        const bound = new Set([...altNames].filter((n) => !names.has(n)));
        if (first === null) first = bound;
        else if (first.size !== bound.size || [...bound].some((n) => !first!.has(n))) {
          errs.push({ node: alt, msg: 'alternative patterns bind different names' });
        }
      });
      if (first) for (const n of first as Set<string>) names.add(n);
      return;
    }
    case 'MatchValue':
      if (p.value._type === 'JoinedStr') errs.push({ node: p, msg: 'patterns may only match literals and attribute lookups' });
      return;
    default:
      return;
  }
}
