// Pyright's parse errors → CPython 3.11's SyntaxError messages and locations.
//
// Errors CPython does not raise (annotation checks, errors inside string annotations and type
// comments) are dropped; errors that our own passes report with CPython's wording (tokenizer,
// targets, symbol table, compiler) are dropped here to avoid duplicates.

import type { ConvCtx, RawDiag } from './parserContext';
import { KW, OP, SF } from './parserEnums';
import { messageKey } from './parserPyright';
import { T, type Tok } from './parserSource';
import { badTokenInside, complexLiteral, expectedElse, forgotComma, headerMessage, keywordGenexp } from './parserMessageHelpers';

export interface PyrightError { message: string; start: number; end: number }

const DROP = new Set([
  'typeCallNotAllowed', 'listInAnnotation', 'tupleInAnnotation', 'dictInAnnotation',
  'annotationSpansStrings', 'annotationStringEscape', 'annotationFormatString', 'annotationNotSupported',
  'continueInFinally', 'returnOutsideFunction', 'breakOutsideLoop', 'continueOutsideLoop',
  'positionArgAfterNamedArg', 'orPatternIrrefutable', 'casePatternIsIrrefutable',
  'duplicateCapturePatternTarget', 'orPatternMissingName', 'duplicateStarPattern', 'duplicateParam',
  'stringUnterminated', 'stringNonAsciiBytes', 'inconsistentIndent', 'inconsistentTabs',
  'unexpectedUnindent', 'namedExceptAfterCatchAll', 'duplicateCatchAll', 'invalidIdentifierChar',
  'formatStringInPattern', 'duplicateUnpack', 'unpackOperatorNotAllowed', 'zeroCaseStatementsFound',
]);

const SIMPLE: Record<string, string> = {
  generatorNotParenthesized: 'Generator expression must be parenthesized',
  tryWithoutExcept: "expected 'except' or 'finally' block",
  duplicatePositionOnly: '/ may appear only once',
  positionOnlyFirstParam: 'at least one argument must precede /',
  maxParseDepthExceeded: 'too many nested parentheses',
};

export function pyrightDiags(errs: PyrightError[], c: ConvCtx, tokOut: { tokens: { count: number; getItemAt(i: number): Tok & { comments?: { start: number; length: number }[]; flags?: number } } }): RawDiag[] {
  const strings: [number, number][] = [];
  const comments: [number, number][] = [];
  for (let i = 0; i < tokOut.tokens.count; i++) {
    const t = tokOut.tokens.getItemAt(i);
    if (t.type === T.String && !((t.flags ?? 0) & SF.Unterminated)) strings.push([t.start, t.start + t.length]);
    for (const cm of t.comments ?? []) comments.push([cm.start - 1, cm.start + cm.length]);
  }
  const inside = (ranges: [number, number][], p: number, strict: boolean): boolean =>
    ranges.some(([s, e]) => (strict ? p > s : p >= s) && p < e);
  const out: RawDiag[] = [];
  for (const e of errs) {
    const key = messageKey(e.message) ?? '';
    if (DROP.has(key)) continue;
    if (inside(strings, e.start, true) || inside(comments, e.start, false)) continue;
    const d = mapError(c, key, e, errs);
    if (d) out.push(d);
  }
  return out;
}

/** Index in the full stream (NEWLINE included) of the first token starting at/after `p`. */
function allIndex(c: ConvCtx, p: number): number {
  const all = c.ts.all;
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].start < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The real token starting at/after `p`, skipping zero-length INDENT/DEDENT markers. */
function tokenAt(c: ConvCtx, p: number): Tok | undefined {
  const all = c.ts.all;
  let i = allIndex(c, p);
  while (i < all.length && (all[i].type === T.Indent || all[i].type === T.Dedent) && all[i].length === 0) i++;
  return all[i];
}

/** Did Pyright fail on an INDENT token at `p` (CPython: "unexpected indent")? */
function atIndent(c: ConvCtx, e: PyrightError): boolean {
  const t = c.ts.all[allIndex(c, e.start)];
  return e.end === e.start && !!t && t.type === T.Indent && t.start === e.start;
}

/** Where CPython points when a token is expected at `p`: a NEWLINE/EOF is a single position. */
function at(c: ConvCtx, e: PyrightError, msg: string, extra: Partial<RawDiag> = {}): RawDiag {
  if (atIndent(c, e) && !extra.type) {
    return { start: e.start - 1, end: e.start - 1, msg: 'unexpected indent', type: 'IndentationError', final: true };
  }
  const t = tokenAt(c, e.start);
  if (!t || t.type === T.EndOfStream || t.type === T.NewLine) {
    const p = !t || t.type === T.EndOfStream ? eofPosition(c, e.start) : lastNewline(c, e.start);
    return { start: p, end: p, msg, ...extra };
  }
  return { start: t.start, end: Math.max(t.start + t.length, e.end), msg, ...extra };
}

/** CPython's position at end of file: the last NEWLINE, or the end of a trailing partial line. */
function eofPosition(c: ConvCtx, p: number): number {
  const text = c.text;
  const lastNl = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  return lastNl < text.length - 1 && text.slice(lastNl + 1).trim() === '' || /^\s*#/.test(text.slice(lastNl + 1))
    ? text.length : lastNewline(c, p);
}

/** Position of the NEWLINE that ends the logical line before offset `p` (CPython's EOF spot). */
function lastNewline(c: ConvCtx, p: number): number {
  const i = c.ts.lastEndingBy(p);
  if (i < 0) return p;
  const t = c.ts.toks[i];
  const nl = tokenAt(c, t.start + t.length);
  return nl && nl.type === T.NewLine ? nl.start : t.start + t.length;
}

function mapError(c: ConvCtx, key: string, e: PyrightError, all: PyrightError[]): RawDiag | undefined {
  if (SIMPLE[key]) return { start: e.start, end: Math.max(e.end, e.start + 1), msg: SIMPLE[key], ...(key === 'tryWithoutExcept' ? tryExcept(c, e) : {}) };
  switch (key) {
    case 'expectedColon': {
      const t = tokenAt(c, e.start);
      const eq = namedEquals(c, e.start);
      if (eq) return eq;
      if (!t || t.type === T.NewLine || t.type === T.EndOfStream) {
        const p = lastNewline(c, e.start);
        return { start: p, end: p, msg: "expected ':'" };
      }
      return at(c, e, 'invalid syntax');
    }
    case 'expectedIndentedBlock': {
      const msg = headerMessage(c, e.start);
      return at(c, e, msg, { type: 'IndentationError' });
    }
    case 'unexpectedIndent': {
      const i = c.ts.indexAtOrAfter(e.start);
      const t = c.ts.tok(i);
      const p = t ? t.start - 1 : e.start;
      return { start: p, end: p, msg: 'unexpected indent', type: 'IndentationError', final: true };
    }
    case 'expectedCloseParen':
    case 'expectedCloseBracket':
    case 'expectedCloseBrace': {
      const i = c.ts.indexAt(e.start);
      const j = i < 0 ? -1 : c.ts.partner[i];
      if (j < 0) return undefined; // unclosed: the tokenizer pass reports it
      const found = forgotComma(c, i) ?? keywordGenexp(c, i) ?? badTokenInside(c, i);
      if (found) return found;
      // a more precise error inside the brackets wins over this one
      if (all.some((x) => x !== e && x.start > e.start && x.start < c.ts.end(j))) return undefined;
      return at(c, e, 'invalid syntax');
    }
    case 'expectedNewlineOrSemicolon': {
      const prev = c.ts.tok(c.ts.indexAt(e.start) - 1);
      const eqTok = c.ts.tok(c.ts.indexAt(e.start));
      if (prev && prev.keywordType === KW.Yield && eqTok?.operatorType === OP.Assign) {
        return { start: prev.start, end: prev.start + prev.length, msg: 'assignment to yield expression not possible' };
      }
      return legacyPrint(c, e) ?? matchHeader(c, e) ?? at(c, e, 'invalid syntax');
    }
    case 'nonDefaultAfterDefault':
      return { start: e.start, end: e.start, msg: 'non-default argument follows default argument' };
    case 'paramAfterKwargsParam':
    case 'duplicateKwargsParam': {
      const t = c.ts.tok(c.ts.indexAt(e.start));
      const stars = t && t.type === T.Operator && t.operatorType === OP.Power;
      return { start: e.start, end: stars ? e.start + 2 : e.start, msg: 'arguments cannot follow var-keyword argument' };
    }
    case 'expectedNamedParameter': {
      const nt = c.ts.tok(c.ts.indexAt(e.start) + 1);
      if (nt && nt.type === T.Colon) return { start: nt.start, end: nt.start + 1, msg: 'named arguments must follow bare *' };
      return at(c, e, 'named arguments must follow bare *');
    }
    case 'duplicateArgsParam':
      return { start: e.start, end: e.start + 1, msg: '* argument may appear only once' };
    case 'trailingCommaInFromImport': {
      const p = lastNewline(c, e.start + 1);
      return { start: p, end: p, msg: 'trailing comma not allowed without surrounding parentheses' };
    }
    case 'dictKeyValuePairs':
      return { start: Math.max(e.start, e.end - 1), end: Math.max(e.start, e.end - 1), msg: "':' expected after dictionary key" };
    case 'expectedMemberName':
    case 'expectedFunctionName':
    case 'unexpectedAsyncToken': {
      const nt = tokenAt(c, e.end);
      return nt ? at(c, { start: nt.start, end: nt.start + nt.length, message: '' }, 'invalid syntax') : at(c, e, 'invalid syntax');
    }
    case 'expectedAsAfterException': {
      const i = c.ts.indexAt(e.start);
      let s = i;
      while (s > 0 && c.ts.toks[s - 1].keywordType !== KW.Except) s--;
      let k = i;
      while (k + 1 < c.ts.toks.length && c.ts.toks[k + 1].type !== T.Colon && c.ts.toks[k + 1].type !== T.Keyword) k++;
      return { start: c.ts.toks[s].start, end: c.ts.end(k), msg: 'multiple exception types must be parenthesized' };
    }
    case 'defaultValueNotAllowed': {
      const i = c.ts.indexAt(e.start);
      let k = i - 1;
      while (k > 0 && !(c.ts.toks[k].type === T.Operator && (c.ts.toks[k].operatorType === OP.Multiply || c.ts.toks[k].operatorType === OP.Power))) k--;
      const kind = c.ts.toks[k]?.operatorType === OP.Power ? 'var-keyword' : 'var-positional';
      const eqTok = c.ts.toks[i - 1];
      return { start: eqTok.start, end: eqTok.start, msg: `${kind} argument cannot have default value` };
    }
    case 'unpackIllegalInComprehension':
      return { start: e.start, end: e.end, msg: 'iterable unpacking cannot be used in comprehension' };
    case 'dictExpandIllegalInComprehension':
      return { start: e.start, end: e.start + 2, msg: 'dict unpacking cannot be used in dict comprehension' };
    case 'expectedOpenParen':
      return { start: e.start, end: e.start + 1, msg: "expected '('" };
    case 'expectedElse':
      return expectedElse(c, e) ?? at(c, e, 'invalid syntax');
    case 'expectedComplexNumberLiteral':
      return complexLiteral(c, e);
    case 'expectedExpr': {
      const t = c.ts.tok(c.ts.indexAt(e.start) - 1);
      if (t && t.type === T.Arrow) return { start: t.start, end: t.start + t.length, msg: "expected ':'" };
      return at(c, e, 'invalid syntax');
    }
    case 'invalidTokenChars': {
      const ch = c.text[e.start] ?? '';
      return ch.charCodeAt(0) < 128 ? at(c, e, 'invalid syntax') : undefined;
    }
    default:
      return at(c, e, 'invalid syntax');
  }
}

/** CPython points a missing except/finally at the next statement, or the end of the try body. */
function tryExcept(c: ConvCtx, e: PyrightError): Partial<RawDiag> {
  const i = c.ts.indexAt(e.start);
  const t = c.ts.tok(i);
  if (!t || t.keywordType !== KW.Try) return {};
  // find the first token after the try statement's block, on a line not indented deeper
  const all = c.ts.all;
  let k = all.findIndex((x) => x.start === t.start);
  let depth = 0;
  let sawIndent = false;
  for (k++; k < all.length; k++) {
    const x = all[k];
    if (x.type === T.Indent) { depth++; sawIndent = true; } else if (x.type === T.Dedent) depth--;
    else if (sawIndent && depth <= 0 && x.type !== T.NewLine) {
      if (x.type === T.EndOfStream) break;
      return { start: x.start, end: x.start + x.length };
    }
  }
  const p = eofPosition(c, all[Math.min(k, all.length - 1)].start);
  return { start: p, end: p };
}

/** `print "x"` / `exec "code"` at statement level. */
function legacyPrint(c: ConvCtx, e: PyrightError): RawDiag | undefined {
  const i = c.ts.indexAt(e.start);
  const prev = c.ts.tok(i - 1);
  if (!prev || prev.type !== T.Identifier) return undefined;
  const name = c.text.slice(prev.start, prev.start + prev.length);
  if (name !== 'print' && name !== 'exec') return undefined;
  const before = c.ts.tok(i - 2);
  if (before && c.lines.position(before.start).line === c.lines.position(prev.start).line && before.type !== T.Semicolon) return undefined;
  let j = i;
  while (j + 1 < c.ts.toks.length && c.ts.toks[j + 1].type !== T.Semicolon &&
    c.lines.position(c.ts.toks[j + 1].start).line === c.lines.position(prev.start).line) j++;
  return { start: prev.start, end: c.ts.end(j), msg: `Missing parentheses in call to '${name}'. Did you mean ${name}(...)?` };
}

/** `if x = 1:` → "invalid syntax. Maybe you meant '==' or ':=' instead of '='?" */
function namedEquals(c: ConvCtx, p: number): RawDiag | undefined {
  const i = c.ts.indexAt(p);
  const eq = c.ts.tok(i);
  const name = c.ts.tok(i - 1);
  const kw = c.ts.tok(i - 2);
  if (!eq || eq.type !== T.Operator || eq.operatorType !== OP.Assign || !name || name.type !== T.Identifier) return undefined;
  if (!kw || kw.type !== T.Keyword || ![KW.If, KW.Elif, KW.While].includes(kw.keywordType as never)) return undefined;
  let k = i + 1;
  while (k + 1 < c.ts.toks.length && c.ts.toks[k + 1].type !== T.Colon &&
    c.lines.position(c.ts.toks[k + 1].start).line === c.lines.position(eq.start).line) k++;
  return { start: name.start, end: c.ts.end(k), msg: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?" };
}

/** `match x:` that Pyright took for an expression: CPython treats it as a match statement. */
function matchHeader(c: ConvCtx, e: PyrightError): RawDiag | undefined {
  const i = c.ts.indexAt(e.start);
  const colon = c.ts.tok(i);
  if (!colon || colon.type !== T.Colon) return undefined;
  const k = allIndex(c, colon.start + 1);
  if (c.ts.all[k]?.type !== T.NewLine) return undefined;
  let first = i;
  while (first > 0 && c.lines.position(c.ts.toks[first - 1].start).line === c.lines.position(colon.start).line) first--;
  const head = c.ts.toks[first];
  if (c.text.slice(head.start, head.start + head.length) !== 'match') return undefined;
  const next = c.ts.all[k + 1];
  const real = tokenAt(c, colon.start + 1);
  if (!real || real.type === T.EndOfStream) return undefined;
  if (next && next.type === T.Indent) return { start: real.start, end: real.start + real.length, msg: 'invalid syntax' };
  const line = c.lines.position(head.start).line;
  return {
    start: real.start, end: real.start + real.length, type: 'IndentationError',
    msg: `expected an indented block after 'match' statement on line ${line}`,
  };
}
