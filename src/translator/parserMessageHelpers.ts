// Helpers computing CPython's wording for two common errors: a missing indented block (which
// names the statement that needed it) and two juxtaposed expressions inside brackets
// ("invalid syntax. Perhaps you forgot a comma?").

import type { ConvCtx, RawDiag } from './parserContext';
import { KW, OP } from './parserEnums';
import { T, type Tok } from './parserSource';

const HEADERS: Record<number, string> = {
  [KW.If]: "'if' statement", [KW.Elif]: "'elif' statement", [KW.Else]: "'else' statement",
  [KW.For]: "'for' statement", [KW.While]: "'while' statement", [KW.With]: "'with' statement",
  [KW.Try]: "'try' statement", [KW.Except]: "'except' statement", [KW.Finally]: "'finally' statement",
  [KW.Def]: 'function definition', [KW.Class]: 'class definition', [KW.Match]: "'match' statement",
  [KW.Case]: "'case' statement",
};

/** "expected an indented block after 'if' statement on line N" for the block expected at `p`. */
export function headerMessage(c: ConvCtx, p: number): string {
  const all = c.ts.all;
  let k = all.findIndex((t) => t.start >= p && t.type !== T.NewLine && t.type !== T.Indent && t.type !== T.Dedent);
  if (k < 0) k = all.length;
  // back to the colon ending the header, then to the first token of that logical line
  let colon = k - 1;
  while (colon >= 0 && all[colon].type !== T.Colon) colon--;
  let first = colon;
  while (first > 0 && ![T.NewLine, T.Indent, T.Dedent].includes(all[first - 1].type as never)) first--;
  let t: Tok | undefined = all[first];
  if (t && t.keywordType === KW.Async) t = all[first + 1];
  const line = t ? c.lines.position(t.start).line : 1;
  let desc = t && t.type === T.Keyword ? HEADERS[t.keywordType!] : undefined;
  if (!desc && t && t.type === T.Identifier) {
    const word = c.text.slice(t.start, t.start + t.length);
    if (word === 'match' || word === 'case') desc = `'${word}' statement`;
  }
  if (t && t.keywordType === KW.Except && all[first + 1]?.operatorType === OP.Multiply) desc = "'except*' statement";
  return desc ? `expected an indented block after ${desc} on line ${line}` : 'expected an indented block';
}

const VALUE_KEYWORDS = new Set<number>([KW.None, KW.True, KW.False, KW.Debug]);

function endsOperand(t: Tok): boolean {
  return t.type === T.Identifier || t.type === T.Number || t.type === T.String || t.type === T.Ellipsis ||
    t.type === T.CloseParen || t.type === T.CloseBracket || t.type === T.CloseBrace ||
    (t.type === T.Keyword && VALUE_KEYWORDS.has(t.keywordType!));
}

function startsOperand(t: Tok): boolean {
  return t.type === T.Identifier || t.type === T.Number || t.type === T.String || t.type === T.Ellipsis ||
    t.type === T.OpenBrace ||
    (t.type === T.Keyword && (VALUE_KEYWORDS.has(t.keywordType!) || t.keywordType === KW.Lambda || t.keywordType === KW.Await));
}

function separates(t: Tok): boolean {
  if (t.type === T.Comma || t.type === T.Colon || t.type === T.Semicolon) return true;
  if (t.type === T.Operator && (t.operatorType === OP.Assign || t.operatorType === OP.Walrus)) return true;
  return t.type === T.Keyword && [KW.For, KW.If, KW.Else, KW.In, KW.Async, KW.Lambda, KW.Yield].includes(t.keywordType as never);
}

/**
 * Inside the bracket pair opening at token `open`, finds two juxtaposed expressions and returns
 * CPython's "Perhaps you forgot a comma?" error spanning both, or the legacy print message.
 */
export function forgotComma(c: ConvCtx, open: number): RawDiag | undefined {
  const { toks, partner } = c.ts;
  const close = partner[open];
  let segStart = open + 1;
  let k = open + 1;
  while (k < close) {
    const t = toks[k];
    let last = k;
    if ((t.type === T.OpenParen || t.type === T.OpenBracket || t.type === T.OpenBrace) && partner[k] > k) last = partner[k];
    const q = toks[last + 1];
    if (separates(t)) {
      segStart = k + 1;
    } else if (q && last + 1 < close && endsOperand(toks[last]) && startsOperand(q) &&
      !(toks[last].type === T.String && q.type === T.String)) {
      const a = toks[segStart];
      const aText = c.text.slice(a.start, a.start + a.length);
      const single = segStart === last && a.type === T.Identifier;
      const bEnd = operandEnd(c, last + 1, close);
      if (single && (aText === 'print' || aText === 'exec')) {
        return { start: a.start, end: bEnd, msg: `Missing parentheses in call to '${aText}'. Did you mean ${aText}(...)?` };
      }
      if (single && q.type === T.String) return undefined;
      if (a.type === T.Identifier && ['match', 'case', '_'].includes(aText) && segStart === last) return undefined;
      return { start: a.start, end: bEnd, msg: 'invalid syntax. Perhaps you forgot a comma?' };
    }
    k = last + 1;
  }
  return undefined;
}

/** End offset of the expression starting at token `k` (stops at a separator or juxtaposition). */
function operandEnd(c: ConvCtx, k: number, close: number): number {
  const { toks, partner } = c.ts;
  let end = toks[k].start + toks[k].length;
  while (k < close) {
    const t = toks[k];
    if (separates(t)) break;
    let last = k;
    if ((t.type === T.OpenParen || t.type === T.OpenBracket || t.type === T.OpenBrace) && partner[k] > k) last = partner[k];
    end = c.ts.end(last);
    const q = toks[last + 1];
    if (!q || last + 1 >= close) break;
    if (endsOperand(toks[last]) && startsOperand(q) && !(toks[last].type === T.String && q.type === T.String)) break;
    k = last + 1;
  }
  return end;
}
