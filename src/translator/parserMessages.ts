// Pyright's parse errors → CPython 3.11's SyntaxError messages and locations.
//
// Errors CPython does not raise (annotation checks, errors inside string annotations and type
// comments) are dropped; errors that our own passes report with CPython's wording (tokenizer,
// targets, symbol table, compiler) are dropped here to avoid duplicates.

import type { ConvCtx, RawDiag } from './parserContext';
import { KW, SF } from './parserEnums';
import { messageKey } from './parserPyright';
import { T, type Tok } from './parserSource';
import { forgotComma, headerMessage } from './parserMessageHelpers';

export interface PyrightError { message: string; start: number; end: number }

const DROP = new Set([
  'typeCallNotAllowed', 'listInAnnotation', 'tupleInAnnotation', 'dictInAnnotation',
  'annotationSpansStrings', 'annotationStringEscape', 'annotationFormatString', 'annotationNotSupported',
  'continueInFinally', 'returnOutsideFunction', 'breakOutsideLoop', 'continueOutsideLoop',
  'positionArgAfterNamedArg', 'orPatternIrrefutable', 'casePatternIsIrrefutable',
  'duplicateCapturePatternTarget', 'orPatternMissingName', 'duplicateStarPattern', 'duplicateParam',
  'stringUnterminated', 'stringNonAsciiBytes', 'inconsistentIndent', 'inconsistentTabs',
  'unexpectedUnindent', 'namedExceptAfterCatchAll', 'duplicateCatchAll', 'invalidIdentifierChar',
  'formatStringInPattern',
]);

const SIMPLE: Record<string, string> = {
  generatorNotParenthesized: 'Generator expression must be parenthesized',
  tryWithoutExcept: "expected 'except' or 'finally' block",
  duplicateArgsParam: '* argument may appear only once',
  duplicatePositionOnly: '/ may appear only once',
  positionOnlyFirstParam: 'at least one argument must precede /',
  trailingCommaInFromImport: 'trailing comma not allowed without surrounding parentheses',
  maxParseDepthExceeded: 'too many nested parentheses',
  expectedComplexNumberLiteral: 'imaginary number required in complex literal',
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
    const d = mapError(c, key, e);
    if (d) out.push(d);
  }
  return out;
}

/** The token (from the full stream, NEWLINE included) starting at `p`, if any. */
function tokenAt(c: ConvCtx, p: number): Tok | undefined {
  const all = c.ts.all;
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].start < p) lo = mid + 1;
    else hi = mid;
  }
  return all[lo];
}

/** Where CPython points when a token is expected at `p`: a NEWLINE/EOF is a single position. */
function at(c: ConvCtx, e: PyrightError, msg: string, extra: Partial<RawDiag> = {}): RawDiag {
  const t = tokenAt(c, e.start);
  if (!t || t.type === T.EndOfStream || t.type === T.NewLine || t.type === T.Dedent || t.type === T.Indent) {
    const p = lastNewline(c, e.start);
    return { start: p, end: p, msg, ...extra };
  }
  return { start: e.start, end: Math.max(e.end, e.start + 1), msg, ...extra };
}

/** Position of the NEWLINE that ends the logical line before offset `p` (CPython's EOF spot). */
function lastNewline(c: ConvCtx, p: number): number {
  const i = c.ts.lastEndingBy(p);
  if (i < 0) return p;
  const t = c.ts.toks[i];
  const nl = tokenAt(c, t.start + t.length);
  return nl && nl.type === T.NewLine ? nl.start : t.start + t.length;
}

function mapError(c: ConvCtx, key: string, e: PyrightError): RawDiag | undefined {
  if (SIMPLE[key]) return { start: e.start, end: Math.max(e.end, e.start + 1), msg: SIMPLE[key], ...(key === 'tryWithoutExcept' ? tryExcept(c, e) : {}) };
  switch (key) {
    case 'expectedColon': {
      const t = tokenAt(c, e.start);
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
      return { start: p, end: p, msg: 'unexpected indent', type: 'IndentationError' };
    }
    case 'expectedCloseParen':
    case 'expectedCloseBracket':
    case 'expectedCloseBrace': {
      const i = c.ts.indexAt(e.start);
      if (i < 0 || c.ts.partner[i] < 0) return undefined; // unclosed: the tokenizer pass reports it
      return forgotComma(c, i) ?? at(c, e, 'invalid syntax');
    }
    case 'expectedNewlineOrSemicolon':
      return legacyPrint(c, e) ?? at(c, e, 'invalid syntax');
    case 'nonDefaultAfterDefault':
      return { start: e.start, end: e.start, msg: 'non-default argument follows default argument' };
    case 'paramAfterKwargsParam':
    case 'duplicateKwargsParam':
      return { start: e.start, end: e.start, msg: 'arguments cannot follow var-keyword argument' };
    case 'expectedNamedParameter':
      return at(c, e, 'named arguments must follow bare *');
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
  const p = lastNewline(c, all[Math.min(k, all.length - 1)].start);
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
