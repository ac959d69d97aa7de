// The errors CPython 3.11's tokenizer (Parser/tokenizer.c) raises, found with a small scan that
// mirrors it: indentation, strings, brackets, numbers, stray characters, line continuations.

import type { RawDiag } from './parserContext';
import type { LineTable } from './parserSource';
import { numberError } from './parserNumberScan';

const ID_START = /[\p{ID_Start}_]/u;
const ID_CONT = /[\p{ID_Continue}\u00b7\u0387\u1369-\u1371\u19da\u2118\u212e\u309b\u309c]/u;
const PREFIXES = new Set(['', 'r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf']);
const OPEN = '([{';
const CLOSE = ')]}';

export function tokenizerErrors(src: string, lines: LineTable): RawDiag[] {
  const errs: RawDiag[] = [];
  const n = src.length;
  const parens: { ch: string; pos: number }[] = [];
  const indents = [0];
  const altIndents = [0];
  let i = 0;
  let lineStart = true;
  const lineEnd = (p: number): number => {
    let e = p;
    while (e < n && src[e] !== '\n' && src[e] !== '\r') e++;
    return e;
  };
  const isNl = (p: number): boolean => src[p] === '\n' || src[p] === '\r';
  const skipNl = (p: number): number => (src[p] === '\r' && src[p + 1] === '\n' ? p + 2 : p + 1);

  while (i < n) {
    if (lineStart && parens.length === 0) {
      lineStart = false;
      let col = 0;
      let alt = 0;
      let p = i;
      for (; p < n; p++) {
        const ch = src[p];
        if (ch === ' ') { col++; alt++; } else if (ch === '\t') { col = (Math.floor(col / 8) + 1) * 8; alt++; } else if (ch === '\f') { col = alt = 0; } else break;
      }
      i = p;
      if (p >= n || isNl(p) || src[p] === '#' || (src[p] === '\\' && isNl(p + 1))) {
        // blank or comment-only line: no indentation processing
      } else {
        const top = indents[indents.length - 1];
        const altTop = altIndents[altIndents.length - 1];
        const tab = (): void => { errs.push({ start: lines.starts[lines.lineIndex(p)], end: lines.starts[lines.lineIndex(p)], msg: 'inconsistent use of tabs and spaces in indentation', type: 'TabError', tok: 'soft' }); };
        if (col === top) {
          if (alt !== altTop) tab();
        } else if (col > top) {
          if (alt <= altTop) tab();
          indents.push(col);
          altIndents.push(alt);
        } else {
          while (indents.length > 1 && col < indents[indents.length - 1]) {
            indents.pop();
            altIndents.pop();
          }
          if (col !== indents[indents.length - 1]) {
            const e = lineEnd(p);
            const ls = lines.starts[lines.lineIndex(p)];
            errs.push({ start: e, end: e, order: ls, msg: 'unindent does not match any outer indentation level', type: 'IndentationError', tok: 'soft' });
          } else if (alt !== altIndents[altIndents.length - 1]) tab();
        }
        if (errs.some((x) => x.tok === 'soft')) break;
      }
      continue;
    }
    const ch = src[i];
    if (ch === ' ' || ch === '\t' || ch === '\f') { i++; continue; }
    if (ch === '#') { i = lineEnd(i); continue; }
    if (isNl(i)) {
      i = skipNl(i);
      if (parens.length === 0) lineStart = true;
      continue;
    }
    if (ch === '\\') {
      if (i + 1 >= n) {
        errs.push({ start: i + 1, end: i + 1, order: i, msg: 'unexpected EOF while parsing', tok: 'soft' });
        break;
      }
      if (isNl(i + 1)) { i = skipNl(i + 1); continue; }
      errs.push({ start: i + 1, end: i + 1, order: i, msg: 'unexpected character after line continuation character', tok: 'soft' });
      break;
    }
    // identifiers and string prefixes (CPython: any char >= 128 may belong to an identifier)
    const code = src.charCodeAt(i);
    if (isIdStartCode(code) || code > 127) {
      const start = i;
      let j = i;
      while (j < n && (isIdCode(src.charCodeAt(j)) || src.charCodeAt(j) > 127)) j++;
      for (let k = start; k < j;) {
        if (src.charCodeAt(k) < 128) { k++; continue; }
        const c = String.fromCodePoint(src.codePointAt(k)!);
        if (!(k === start ? ID_START.test(c) : ID_CONT.test(c) || ID_START.test(c))) {
          errs.push(invalidChar(c, k));
          return finish(errs, parens, lines);
        }
        k += c.length;
      }
      if ((src[j] === '"' || src[j] === "'") && PREFIXES.has(src.slice(start, j).toLowerCase())) {
        const r = scanString(src, start, j, lines);
        if ('error' in r) { errs.push(r.error); return finish(errs, parens, lines); }
        i = r.end;
      } else {
        i = j;
      }
      continue;
    }
    if (ch === '"' || ch === "'") {
      const r = scanString(src, i, i, lines);
      if ('error' in r) { errs.push(r.error); return finish(errs, parens, lines); }
      i = r.end;
      continue;
    }
    if ((code >= 48 && code <= 57) || (ch === '.' && src.charCodeAt(i + 1) >= 48 && src.charCodeAt(i + 1) <= 57)) {
      const r = numberError(src, i);
      if (r.error) {
        errs.push({ start: r.error.start, end: r.error.end, msg: r.error.msg, tok: 'hard' });
        return finish(errs, parens, lines);
      }
      i = r.end;
      continue;
    }
    if (ch === '$' || ch === '?' || ch === '`' || (ch === '!' && src[i + 1] !== '=')) {
      // not a tokenizer error: the parser fails on this token (a later tokenizer error wins)
      errs.push({ start: i, end: i + 1, msg: 'invalid syntax' });
      i++;
      continue;
    }
    if (OPEN.includes(ch)) {
      if (parens.length >= 200) {
        errs.push({ start: i, end: i + 1, msg: 'too many nested parentheses', tok: 'hard' });
        return finish(errs, parens, lines);
      }
      parens.push({ ch, pos: i });
      i++;
      continue;
    }
    if (CLOSE.includes(ch)) {
      const open = parens.pop();
      if (!open) {
        errs.push({ start: i, end: i + 1, msg: `unmatched '${ch}'`, tok: 'hard' });
        return finish(errs, parens, lines);
      }
      const want = CLOSE[OPEN.indexOf(open.ch)];
      if (want !== ch) {
        const ol = lines.position(open.pos).line;
        const cl = lines.position(i).line;
        const where = ol !== cl ? ` on line ${ol}` : '';
        errs.push({ start: i, end: i + 1, msg: `closing parenthesis '${ch}' does not match opening parenthesis '${open.ch}'${where}`, tok: 'hard' });
        return finish(errs, parens, lines);
      }
      i++;
      continue;
    }
    i++;
  }
  return finish(errs, parens, lines);
}

function isIdStartCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isIdCode(c: number): boolean {
  return isIdStartCode(c) || (c >= 48 && c <= 57);
}

function invalidChar(c: string, at: number): RawDiag {
  const cp = c.codePointAt(0)!;
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  const printable = !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(c);
  const msg = printable ? `invalid character '${c}' (U+${hex})` : `invalid non-printable character U+${hex}`;
  return { start: at, end: at + c.length, msg, tok: 'hard' };
}

function finish(errs: RawDiag[], parens: { ch: string; pos: number }[], _lines: LineTable): RawDiag[] {
  if (parens.length && !errs.some((e) => e.tok === 'hard' || e.tok === 'soft')) {
    const p = parens[parens.length - 1];
    errs.push({ start: p.pos, end: p.pos + 1, msg: `'${p.ch}' was never closed`, tok: 'eof' });
  }
  return errs;
}

/** Scans a string literal whose prefix starts at `start` and quote at `q`. */
function scanString(src: string, start: number, q: number, lines: LineTable): { end: number } | { error: RawDiag } {
  const quote = src[q];
  const triple = src.startsWith(quote.repeat(3), q);
  let i = q + (triple ? 3 : 1);
  const n = src.length;
  while (i < n) {
    const ch = src[i];
    if (ch === '\\') {
      i += src[i + 1] === '\r' && src[i + 2] === '\n' ? 3 : 2;
      continue;
    }
    if (triple) {
      if (src.startsWith(quote.repeat(3), i)) return { end: i + 3 };
    } else {
      if (ch === quote) return { end: i + 1 };
      if (ch === '\n' || ch === '\r') break;
    }
    i++;
  }
  const detected = triple ? lines.lineCount - (lines.starts[lines.lineCount - 1] >= n && lines.lineCount > 1 ? 1 : 0)
    : lines.position(Math.min(i, n)).line;
  const msg = triple
    ? `unterminated triple-quoted string literal (detected at line ${detected})`
    : `unterminated string literal (detected at line ${detected})`;
  return { error: { start, end: start, msg, tok: 'hard' } };
}
