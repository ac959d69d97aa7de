// Parses the expression of an f-string replacement field with Pyright, at its real file offsets.

import type * as A from './ast';
import type { ConvCtx, RawDiag } from './parserContext';
import { TokenStream, type Tok } from './parserSource';
import { errorExpr, expr } from './parserExpr';
import { pyright } from './parserPyright';
import { forgotComma } from './parserMessageHelpers';

export function parseFieldExpr(c: ConvCtx, start: number, length: number): A.Expr {
  const { Parser, Tokenizer, convertPositionToOffset } = pyright();
  // CPython compiles "(" + expr + ")": we parse the same text, where the field's '{' and its
  // terminator stand for the parentheses, then shift offsets back into the file. This gives
  // CPython's positions (a bare tuple spans the braces).
  const text = '(' + c.text.slice(start, start + length) + ')';
  const delta = start - 1;
  const res = new Parser().parseTextExpression(text, 0, text.length, c.pyOptions, 0, 0);
  const tokOut = new Tokenizer().tokenize(text, 0, text.length, 0);
  const toks: Tok[] = [];
  for (let i = 0; i < tokOut.tokens.count; i++) {
    const t = tokOut.tokens.getItemAt(i);
    toks.push({ type: t.type, start: t.start + delta, length: t.length, keywordType: t.keywordType, operatorType: t.operatorType });
  }
  if (res.parseTree) shift(res.parseTree, delta, new Set());
  const saved = c.ts;
  c.ts = new TokenStream(toks);
  let value: A.Expr;
  const diags = res.diagnostics.filter((d: { category: number }) => d.category === 0);
  let comma: RawDiag | undefined;
  try {
    value = res.parseTree ? expr(c, res.parseTree) : errorExpr(c, start, start + length);
    if (diags.length && c.ts.toks.length && c.ts.partner[0] > 0) comma = forgotComma(c, 0);
  } finally {
    c.ts = saved;
  }
  if (comma) {
    const msg = 'f-string: ' + comma.msg;
    c.error(comma.start, comma.end, msg, { text, textOffset: comma.start - delta + 1, textEndOffset: comma.end - delta + 1 });
  } else if (diags.length) {
    const d = diags[0];
    const at = d.range ? (convertPositionToOffset(d.range.start, res.lines) ?? 1) + delta : start;
    const off = Math.min(Math.max(at - delta + 1, 1), text.length);
    c.error(at, at, 'f-string: invalid syntax', { text, textOffset: off, textEndOffset: off });
  }
  return value;
}

/** Adds `delta` to the offsets of every node and token of a Pyright subtree. */
function shift(node: Record<string, unknown>, delta: number, seen: Set<object>): void {
  if (seen.has(node)) return;
  seen.add(node);
  if (typeof node.start === 'number') node.start += delta;
  for (const key of Object.keys(node)) {
    if (key === 'parent') continue;
    const v = node[key];
    if (Array.isArray(v)) {
      for (const x of v) if (x && typeof x === 'object') shift(x as Record<string, unknown>, delta, seen);
    } else if (v && typeof v === 'object' && !(v instanceof Map)) {
      shift(v as Record<string, unknown>, delta, seen);
    }
  }
}
