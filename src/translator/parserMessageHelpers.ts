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
      if (toks[open].type === T.OpenBrace && isDictKey(c, open, segStart, last)) return undefined;
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

/** "expected 'else' after 'if' expression", spanning `body if test` before `p`. */
export function expectedElse(c: ConvCtx, e: { start: number }): RawDiag | undefined {
  const { toks, partner } = c.ts;
  const endIdx = c.ts.lastEndingBy(e.start);
  let k = endIdx;
  while (k >= 0 && !(toks[k].type === T.Keyword && toks[k].keywordType === KW.If)) {
    if (toks[k].type === T.CloseParen || toks[k].type === T.CloseBracket || toks[k].type === T.CloseBrace) {
      if (partner[k] < 0) return undefined;
      k = partner[k];
    }
    k--;
  }
  if (k <= 0) return undefined;
  let s = k - 1;
  while (s > 0) {
    const t = toks[s - 1];
    if (t.type === T.CloseParen || t.type === T.CloseBracket || t.type === T.CloseBrace) {
      if (partner[s - 1] < 0) break;
      s = partner[s - 1];
      continue;
    }
    if (separates(t) || t.type === T.OpenParen || t.type === T.OpenBracket || t.type === T.OpenBrace ||
      (t.type === T.Operator && (t.operatorType! <= OP.Walrus && [OP.AddEqual, OP.SubtractEqual].includes(t.operatorType as never))) ||
      (t.type === T.Keyword && [KW.Return, KW.Assert, KW.Del, KW.Elif, KW.While, KW.Raise, KW.Await, KW.Not].includes(t.keywordType as never)) ||
      c.lines.position(t.start).line !== c.lines.position(toks[s].start).line && partnerDepth(c, s) === 0) break;
    s--;
  }
  return { start: toks[s].start, end: c.ts.end(endIdx), msg: "expected 'else' after 'if' expression" };
}

function partnerDepth(c: ConvCtx, k: number): number {
  let depth = 0;
  for (let i = 0; i < k; i++) {
    const ty = c.ts.toks[i].type;
    if (ty === T.OpenParen || ty === T.OpenBracket || ty === T.OpenBrace) depth++;
    else if (ty === T.CloseParen || ty === T.CloseBracket || ty === T.CloseBrace) depth = Math.max(0, depth - 1);
  }
  return depth;
}

/** Pattern literals: `-x` is invalid syntax at x; `1 + 1` needs an imaginary right part. */
export function complexLiteral(c: ConvCtx, e: { start: number; end: number }): RawDiag {
  const { toks } = c.ts;
  let k = c.ts.indexAt(e.start);
  const text = (t: Tok): string => c.text.slice(t.start, t.start + t.length);
  if (k >= 0 && toks[k].type === T.Operator && toks[k].operatorType === OP.Subtract) k++;
  const real = toks[k];
  if (real && real.type !== T.Number) return { start: real.start, end: real.start + real.length, msg: 'invalid syntax' };
  const imag = toks[k + 2];
  if (imag && imag.start < e.end && !/[jJ]$/.test(text(imag))) {
    return { start: imag.start, end: imag.start + imag.length, msg: 'imaginary number required in complex literal' };
  }
  return { start: e.start, end: e.end, msg: 'imaginary number required in complex literal' };
}

/** `f(x=1 for x in y)`: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?" */
export function keywordGenexp(c: ConvCtx, open: number): RawDiag | undefined {
  const { toks, partner } = c.ts;
  const close = partner[open];
  for (let k = open + 1; k + 1 < close; k++) {
    const t = toks[k];
    if (partner[k] > k && (t.type === T.OpenParen || t.type === T.OpenBracket || t.type === T.OpenBrace)) {
      k = partner[k];
      continue;
    }
    if (t.type === T.Identifier && toks[k + 1].type === T.Operator && toks[k + 1].operatorType === OP.Assign &&
      (k === open + 1 || toks[k - 1].type === T.Comma)) {
      for (let m = k + 2; m < close && toks[m].type !== T.Comma; m++) {
        if (partner[m] > m) { m = partner[m]; continue; }
        if (toks[m].type === T.Keyword && toks[m].keywordType === KW.For) {
          return { start: t.start, end: c.ts.end(k + 1), msg: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?" };
        }
      }
    }
  }
  return undefined;
}

/** In a dict display, is the segment [from, to] a key still missing its ':'? */
function isDictKey(c: ConvCtx, open: number, from: number, to: number): boolean {
  const { toks, partner } = c.ts;
  let sawColon = false;
  for (let k = open + 1; k < partner[open]; k++) {
    if (partner[k] > k) { k = partner[k]; continue; }
    if (toks[k].type === T.Colon) {
      if (k > from && k <= to) return false;
      sawColon = true;
    }
  }
  return sawColon && !toks.slice(from, to + 1).some((t) => t.type === T.Colon);
}

/** Inside brackets Pyright gave up on, the first token CPython's parser cannot accept. */
export function badTokenInside(c: ConvCtx, open: number): RawDiag | undefined {
  const { toks, partner } = c.ts;
  const close = partner[open];
  for (let k = open + 1; k <= close; k++) {
    const t = toks[k];
    const prev = toks[k - 1];
    const prevOpens = k - 1 === open;
    if ((t.type === T.Comma && (prev.type === T.Comma || prevOpens)) ||
      ((t.type === T.Comma || k === close) && prev.type === T.Operator && !prevOpens)) {
      return { start: t.start, end: t.start + t.length, msg: 'invalid syntax' };
    }
    if (partner[k] > k) k = partner[k];
  }
  return undefined;
}
