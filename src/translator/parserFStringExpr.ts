// Parses the expression of an f-string replacement field with Pyright, at its real file offsets.

import type * as A from './ast';
import type { ConvCtx } from './parserContext';
import { TokenStream, type Tok } from './parserSource';
import { errorExpr, expr } from './parserExpr';
import { pyright } from './parserPyright';

export function parseFieldExpr(c: ConvCtx, start: number, length: number, _fail: (msg: string) => never): A.Expr {
  const { Parser, Tokenizer, convertPositionToOffset } = pyright();
  // CPython compiles "(" + expr + ")"; replacing the field's '{' and its terminator by parentheses
  // keeps file offsets intact and gives the same positions (a bare tuple spans the braces).
  const fake = c.text.slice(0, start - 1) + '(' + c.text.slice(start, start + length) + ')' + c.text.slice(start + length + 1);
  const res = new Parser().parseTextExpression(fake, start - 1, length + 2, c.pyOptions, 0, 0);
  const tokOut = new Tokenizer().tokenize(fake, start - 1, length + 2, 0);
  const toks: Tok[] = [];
  for (let i = 0; i < tokOut.tokens.count; i++) toks.push(tokOut.tokens.getItemAt(i));
  const saved = c.ts;
  c.ts = new TokenStream(toks);
  let value: A.Expr;
  try {
    value = res.parseTree ? expr(c, res.parseTree) : errorExpr(c, start, start + length);
  } finally {
    c.ts = saved;
  }
  const diags = res.diagnostics.filter((d: { category: number }) => d.category === 0);
  if (diags.length) {
    const d = diags[0];
    const at = d.range ? (convertPositionToOffset(d.range.start, res.lines) ?? start) : start;
    const text = '(' + c.text.slice(start, start + length) + ')';
    const off = Math.min(Math.max(at - start + 2, 1), text.length);
    c.error(at, at, 'f-string: invalid syntax', { text, textOffset: off, textEndOffset: off });
  }
  return value;
}
