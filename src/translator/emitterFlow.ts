// Syntactic scans used by the control-flow emitters: which names a block may delete, whether a
// loop body contains a `break` for that loop, whether a module needs `__annotations__`.

import type * as A from './ast';
import type { FnCtx } from './emitterContext';

type Visit = (s: A.Stmt) => void;

/** Calls `visit` on every statement of `body`, recursing into compound statements but not defs. */
function eachStmt(body: A.Stmt[], visit: Visit, intoLoops = true): void {
  for (const s of body) {
    visit(s);
    switch (s._type) {
      case 'If':
        eachStmt(s.body, visit, intoLoops);
        eachStmt(s.orelse, visit, intoLoops);
        break;
      case 'For':
      case 'AsyncFor':
      case 'While':
        if (intoLoops) eachStmt(s.body, visit, intoLoops);
        eachStmt(s.orelse, visit, intoLoops);
        break;
      case 'With':
      case 'AsyncWith':
        eachStmt(s.body, visit, intoLoops);
        break;
      case 'Try':
      case 'TryStar':
        eachStmt(s.body, visit, intoLoops);
        for (const h of s.handlers) eachStmt(h.body, visit, intoLoops);
        eachStmt(s.orelse, visit, intoLoops);
        eachStmt(s.finalbody, visit, intoLoops);
        break;
      case 'Match':
        for (const c of s.cases) eachStmt(c.body, visit, intoLoops);
        break;
    }
  }
}

function targetNames(t: A.Expr, out: Set<string>, ctx: FnCtx): void {
  if (t._type === 'Name') out.add(ctx.scope.mangle(t.id));
  else if (t._type === 'Tuple' || t._type === 'List') for (const x of t.elts) targetNames(x, out, ctx);
}

/** Names a block may unbind: `del x` targets and `except ... as x` names. */
export function deletedNames(ctx: FnCtx, body: A.Stmt[]): Set<string> {
  const out = new Set<string>();
  eachStmt(body, (s) => {
    if (s._type === 'Delete') for (const t of s.targets) targetNames(t, out, ctx);
    if (s._type === 'Try' || s._type === 'TryStar') {
      for (const h of s.handlers) if (h.name) out.add(ctx.scope.mangle(h.name));
    }
  });
  return out;
}

/** Does the loop body contain a `break` that leaves this loop? */
export function hasBreak(body: A.Stmt[]): boolean {
  let found = false;
  eachStmt(body, (s) => {
    if (s._type === 'Break') found = true;
  }, false);
  return found;
}

/** CPython's find_ann: does the block contain an annotated assignment (outside defs)? */
export function hasAnnotations(body: A.Stmt[]): boolean {
  let found = false;
  eachStmt(body, (s) => {
    if (s._type === 'AnnAssign') found = true;
  });
  return found;
}

/** The docstring of a body, if its first statement is a string constant. */
export function docstring(body: A.Stmt[]): string | null {
  const first = body[0];
  if (first?._type === 'Expr' && first.value._type === 'Constant' && typeof first.value.value === 'string') {
    return first.value.value;
  }
  return null;
}
