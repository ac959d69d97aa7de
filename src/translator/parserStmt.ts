// Pyright statement nodes → CPython statement nodes.

import type * as A from './ast';
import type { ConvCtx } from './parserContext';
import { KW, OP, PN, type PNode } from './parserEnums';
import { T } from './parserSource';
import { BINARY, endWithComma, errorExpr, expr, exprOpt, ident } from './parserExpr';
import { convertArguments, convertClassArgs } from './parserArgs';
import { convertMatch } from './parserPatterns';

const end = (n: PNode): number => n.start + n.length;

const AUG: Record<number, number> = {
  [OP.AddEqual]: OP.Add, [OP.SubtractEqual]: OP.Subtract, [OP.MultiplyEqual]: OP.Multiply,
  [OP.MatrixMultiplyEqual]: OP.MatrixMultiply, [OP.DivideEqual]: OP.Divide, [OP.ModEqual]: OP.Mod,
  [OP.PowerEqual]: OP.Power, [OP.LeftShiftEqual]: OP.LeftShift, [OP.RightShiftEqual]: OP.RightShift,
  [OP.BitwiseOrEqual]: OP.BitwiseOr, [OP.BitwiseXorEqual]: OP.BitwiseXor,
  [OP.BitwiseAndEqual]: OP.BitwiseAnd, [OP.FloorDivideEqual]: OP.FloorDivide,
};

/** Converts a list of Pyright statements (module or suite). */
export function statements(c: ConvCtx, list: PNode[]): A.Stmt[] {
  const out: A.Stmt[] = [];
  for (const s of list) {
    if (!s) continue;
    if (s.nodeType === PN.StatementList) {
      for (const small of s.statements) out.push(simple(c, small));
    } else {
      out.push(compound(c, s));
    }
  }
  return out;
}

function body(c: ConvCtx, suite: PNode | undefined): A.Stmt[] {
  return suite ? statements(c, suite.statements) : [];
}

/** End offset of a block: its last statement, else `fallback`. */
function blockEnd(c: ConvCtx, stmts: A.Stmt[], fallback: number): number {
  if (!stmts.length) return fallback;
  const e = c.off(stmts[stmts.length - 1])[1];
  // CPython ends a block at its last non-whitespace token, which may be a trailing ';'.
  const t = c.ts.tok(c.ts.indexAtOrAfter(e));
  return t && t.type === T.Semicolon && t.start === c.ts.nextTokenStart(e) ? t.start + t.length : e;
}

function simple(c: ConvCtx, n: PNode): A.Stmt {
  switch (n.nodeType) {
    case PN.Pass:
      return c.at({ _type: 'Pass' }, n.start, n.start + 4);
    case PN.Break:
      return c.at({ _type: 'Break' }, n.start, n.start + 5);
    case PN.Continue:
      return c.at({ _type: 'Continue' }, n.start, n.start + 8);
    case PN.Return: {
      const value = exprOpt(c, n.returnExpression);
      return c.at({ _type: 'Return', value }, n.start, value ? c.outer(value)[1] : n.start + 6);
    }
    case PN.Raise: {
      const exc = exprOpt(c, n.typeExpression);
      const cause = exprOpt(c, n.valueExpression);
      if (cause && c.ts.findBefore(c.off(cause)[0], T.Keyword, KW.From) < c.ts.indexAt(n.start)) {
        c.error(c.off(cause)[0], c.off(cause)[1], 'invalid syntax');
      }
      const last = cause ?? exc;
      return c.at({ _type: 'Raise', exc, cause }, n.start, last ? c.outer(last)[1] : n.start + 5);
    }
    case PN.Del: {
      const targets: A.Expr[] = n.expressions.map((e: PNode) => expr(c, e, 'Del'));
      const stop = targets.length ? endWithComma(c, c.outer(targets[targets.length - 1])[1]) : n.start + 3;
      return c.at({ _type: 'Delete', targets }, n.start, stop);
    }
    case PN.Global:
    case PN.Nonlocal: {
      const names: string[] = n.nameList.map((x: PNode) => ident(x.value));
      const stop = n.nameList.length ? end(n.nameList[n.nameList.length - 1]) : end(n);
      return c.at({ _type: n.nodeType === PN.Global ? 'Global' : 'Nonlocal', names }, n.start, stop);
    }
    case PN.Assert: {
      const test = expr(c, n.testExpression);
      const msg = exprOpt(c, n.exceptionExpression);
      return c.at({ _type: 'Assert', test, msg }, n.start, c.outer(msg ?? test)[1]);
    }
    case PN.Import:
      return importStmt(c, n);
    case PN.ImportFrom:
      return importFrom(c, n);
    case PN.Assignment:
      return assignment(c, n);
    case PN.TypeAnnotation: {
      const target = expr(c, n.valueExpression, 'Store');
      const annotation = expr(c, n.typeAnnotation);
      const simpleFlag = target._type === 'Name' && !c.ts.isParenthesized(...c.off(target)) ? 1 : 0;
      return c.at({ _type: 'AnnAssign', target, annotation, value: null, simple: simpleFlag },
        c.outer(target)[0], c.outer(annotation)[1]);
    }
    case PN.AugmentedAssignment: {
      const target = expr(c, n.leftExpression, 'Store');
      const value = expr(c, n.rightExpression);
      const op = BINARY[AUG[n.operator]] ?? 'Add';
      return c.at({ _type: 'AugAssign', target, op, value }, c.outer(target)[0], c.outer(value)[1]);
    }
    default: {
      const value = expr(c, n);
      const [s, e] = c.outer(value);
      return c.at({ _type: 'Expr', value }, s, e);
    }
  }
}

function assignment(c: ConvCtx, n: PNode): A.Stmt {
  if (n.leftExpression.nodeType === PN.TypeAnnotation) {
    const ta = n.leftExpression;
    const target = expr(c, ta.valueExpression, 'Store');
    const annotation = expr(c, ta.typeAnnotation);
    const value = expr(c, n.rightExpression);
    const simpleFlag = target._type === 'Name' && !c.ts.isParenthesized(...c.off(target)) ? 1 : 0;
    return c.at({ _type: 'AnnAssign', target, annotation, value, simple: simpleFlag },
      c.outer(target)[0], c.outer(value)[1]);
  }
  const targets: A.Expr[] = [];
  let cur = n;
  while (cur.nodeType === PN.Assignment && cur.leftExpression.nodeType !== PN.TypeAnnotation) {
    targets.push(expr(c, cur.leftExpression, 'Store'));
    cur = cur.rightExpression;
  }
  const value = expr(c, cur);
  return c.at({ _type: 'Assign', targets, value, type_comment: null }, c.outer(targets[0])[0], c.outer(value)[1]);
}

function dotted(n: PNode): string {
  return n.nameParts.map((p: PNode) => ident(p.value)).join('.');
}

function importStmt(c: ConvCtx, n: PNode): A.Import {
  const names: A.Alias[] = n.list.map((ia: PNode) => {
    const stop = ia.alias ? end(ia.alias) : end(ia.module);
    return c.at({ _type: 'alias', name: dotted(ia.module), asname: ia.alias ? ident(ia.alias.value) : null },
      ia.module.start, stop);
  });
  const stop = names.length ? c.off(names[names.length - 1])[1] : n.start + 6;
  return c.at({ _type: 'Import', names }, n.start, stop);
}

function importFrom(c: ConvCtx, n: PNode): A.ImportFrom {
  const mod = n.module;
  const module = mod.nameParts.length ? dotted(mod) : null;
  let names: A.Alias[];
  if (n.isWildcardImport && n.wildcardToken) {
    const w = n.wildcardToken;
    names = [c.at({ _type: 'alias', name: '*', asname: null }, w.start, w.start + w.length)];
  } else {
    names = n.imports.map((ia: PNode) => {
      const stop = ia.alias ? end(ia.alias) : end(ia.name);
      return c.at({ _type: 'alias', name: ident(ia.name.value), asname: ia.alias ? ident(ia.alias.value) : null },
        ia.name.start, stop);
    });
  }
  let stop = names.length ? c.off(names[names.length - 1])[1] : end(n);
  if (n.usesParens) {
    const i = c.ts.indexAtOrAfter(stop);
    const t = c.ts.tok(i);
    const close = t && t.type === T.Comma ? c.ts.tok(i + 1) : t;
    if (close && close.type === T.CloseParen) stop = close.start + close.length;
  }
  return c.at({ _type: 'ImportFrom', module, names, level: mod.leadingDots }, n.start, stop);
}

function compound(c: ConvCtx, n: PNode): A.Stmt {
  switch (n.nodeType) {
    case PN.If:
      return ifStmt(c, n);
    case PN.While: {
      const test = expr(c, n.testExpression);
      const b = body(c, n.whileSuite);
      const orelse = body(c, n.elseSuite);
      return c.at({ _type: 'While', test, body: b, orelse }, n.start, blockEnd(c, orelse.length ? orelse : b, end(n)));
    }
    case PN.For: {
      const target = expr(c, n.targetExpression, 'Store');
      const iter = expr(c, n.iterableExpression);
      const b = body(c, n.forSuite);
      const orelse = body(c, n.elseSuite);
      const node = { _type: n.isAsync ? 'AsyncFor' as const : 'For' as const, target, iter, body: b, orelse, type_comment: null };
      return c.at(node, n.start, blockEnd(c, orelse.length ? orelse : b, end(n)));
    }
    case PN.Try:
      return tryStmt(c, n);
    case PN.With: {
      const items: A.WithItem[] = n.withItems.map((w: PNode) => c.remember({
        _type: 'withitem' as const, context_expr: expr(c, w.expression), optional_vars: exprOpt(c, w.target, 'Store'),
      }, w.start, end(w)));
      const b = body(c, n.suite);
      const node = { _type: n.isAsync ? 'AsyncWith' as const : 'With' as const, items, body: b, type_comment: null };
      return c.at(node, n.start, blockEnd(c, b, end(n)));
    }
    case PN.Function:
      return funcDef(c, n);
    case PN.Class:
      return classDef(c, n);
    case PN.Match:
      return convertMatch(c, n, body);
    default: {
      const value = errorExpr(c, n.start, end(n));
      return c.at({ _type: 'Expr', value }, n.start, end(n));
    }
  }
}

function ifStmt(c: ConvCtx, n: PNode): A.If {
  const test = expr(c, n.testExpression);
  const b = body(c, n.ifSuite);
  let orelse: A.Stmt[] = [];
  if (n.elseSuite) orelse = n.elseSuite.nodeType === PN.If ? [ifStmt(c, n.elseSuite)] : body(c, n.elseSuite);
  return c.at({ _type: 'If', test, body: b, orelse }, n.start, blockEnd(c, orelse.length ? orelse : b, end(n)));
}

function tryStmt(c: ConvCtx, n: PNode): A.Stmt {
  const b = body(c, n.trySuite);
  const handlers: A.ExceptHandler[] = n.exceptClauses.map((x: PNode) => {
    const type = exprOpt(c, x.typeExpression);
    const hb = body(c, x.exceptSuite);
    return c.at({ _type: 'ExceptHandler', type, name: x.name ? ident(x.name.value) : null, body: hb },
      x.start, blockEnd(c, hb, end(x)));
  });
  const orelse = body(c, n.elseSuite);
  const finalbody = body(c, n.finallySuite);
  const star = n.exceptClauses.some((x: PNode) => x.isExceptGroup);
  exceptGroupErrors(c, n.exceptClauses);
  const last = finalbody.length ? finalbody : orelse.length ? orelse : handlers.length ? handlers : b;
  const stop = last.length ? c.off(last[last.length - 1])[1] : end(n);
  return c.at({ _type: star ? 'TryStar' : 'Try', body: b, handlers, orelse, finalbody }, n.start, stop);
}

/** Offset of the `def`/`class` keyword (or `async`) that precedes a definition's name. */
function headerStart(c: ConvCtx, nameStart: number, isAsync: boolean, fallback: number): number {
  const i = c.ts.indexAt(nameStart);
  const k = i - (isAsync ? 2 : 1);
  const t = c.ts.tok(k);
  return i > 0 && t && t.start >= fallback ? t.start : fallback;
}

function funcDef(c: ConvCtx, n: PNode): A.Stmt {
  const decorator_list: A.Expr[] = n.decorators.map((d: PNode) => expr(c, d.expression));
  const args = convertArguments(c, n.parameters);
  const returns = exprOpt(c, n.returnTypeAnnotation);
  const b = body(c, n.suite);
  const start = headerStart(c, n.name.start, !!n.isAsync, n.start);
  const node = {
    _type: n.isAsync ? 'AsyncFunctionDef' as const : 'FunctionDef' as const, name: ident(n.name.value), args,
    body: b, decorator_list, returns, type_comment: null,
  };
  return c.at(node, start, blockEnd(c, b, end(n)));
}

function classDef(c: ConvCtx, n: PNode): A.Stmt {
  const decorator_list: A.Expr[] = n.decorators.map((d: PNode) => expr(c, d.expression));
  const { bases, keywords } = convertClassArgs(c, n.arguments);
  for (const b of bases) {
    if (b._type === 'GeneratorExp' && !c.ts.isParenthesized(...c.off(b.elt)) && c.off(b)[0] === c.off(b.elt)[0]) {
      const f = c.ts.tok(c.ts.indexAtOrAfter(c.outer(b.elt)[1]));
      if (f) c.error(f.start, f.start + f.length, 'invalid syntax');
    }
  }
  const b = body(c, n.suite);
  const start = n.name.length ? headerStart(c, n.name.start, false, n.start) : n.start;
  return c.at({ _type: 'ClassDef', name: ident(n.name.value), bases, keywords, body: b, decorator_list },
    start, blockEnd(c, b, end(n)));
}

/** CPython: except and except* cannot mix; `except*` needs a type. */
function exceptGroupErrors(c: ConvCtx, clauses: PNode[]): void {
  const first = clauses[0];
  for (const x of clauses) {
    if (x.isExceptGroup && !x.typeExpression) {
      const colon = c.ts.tok(c.ts.indexAt(x.start) + 2);
      if (colon) c.error(colon.start, colon.start + 1, 'expected one or more exception types');
      return;
    }
    if (first && x.isExceptGroup !== first.isExceptGroup) {
      c.error(x.start, x.start + 6, "cannot have both 'except' and 'except*' on the same 'try'");
      return;
    }
  }
}
