// Source positions for the parser: offset → (line, column), the significant token stream of
// Pyright's tokenizer, bracket matching, and the "outer" range of a parenthesized expression.
//
// Columns are JS string indices (UTF-16 code units) within the line; CPython counts UTF-8 bytes.

import type { Located } from './ast';

/** The subset of a Pyright token we use. */
export interface Tok {
  type: number;
  start: number;
  length: number;
  keywordType?: number;
  operatorType?: number;
}

// Pyright TokenType values (const enum in tokenizerTypes.d.ts).
export const T = {
  Invalid: 0, EndOfStream: 1, NewLine: 2, Indent: 3, Dedent: 4, String: 5, Number: 6,
  Identifier: 7, Keyword: 8, Operator: 9, Colon: 10, Semicolon: 11, Comma: 12,
  OpenParen: 13, CloseParen: 14, OpenBracket: 15, CloseBracket: 16, OpenBrace: 17,
  CloseBrace: 18, Ellipsis: 19, Dot: 20, Arrow: 21, Backtick: 22,
} as const;

/** Line table of a source text. Lines end at \n, \r\n or \r, as in CPython. */
export class LineTable {
  readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }
  /** 0-based line index containing offset. */
  lineIndex(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  /** 1-based line and 0-based column of an offset. */
  position(offset: number): { line: number; col: number } {
    const i = this.lineIndex(offset);
    return { line: i + 1, col: offset - this.starts[i] };
  }
  /** Text of 1-based line `line`, without its line terminator. */
  lineText(line: number): string {
    const s = this.starts[line - 1] ?? this.text.length;
    let e = this.starts[line] ?? this.text.length;
    while (e > s && (this.text[e - 1] === '\n' || this.text[e - 1] === '\r')) e--;
    return this.text.slice(s, e);
  }
  get lineCount(): number {
    return this.starts.length;
  }
}

/** Significant tokens (no NEWLINE/INDENT/DEDENT/EOF) with bracket matching. */
export class TokenStream {
  readonly toks: Tok[];
  /** For a bracket token index, the index of its partner, or -1. */
  readonly partner: Int32Array;

  constructor(readonly all: Tok[]) {
    this.toks = all.filter((t) => t.type !== T.NewLine && t.type !== T.Indent &&
      t.type !== T.Dedent && t.type !== T.EndOfStream && t.length > 0);
    this.partner = new Int32Array(this.toks.length).fill(-1);
    const stack: number[] = [];
    for (let i = 0; i < this.toks.length; i++) {
      const ty = this.toks[i].type;
      if (ty === T.OpenParen || ty === T.OpenBracket || ty === T.OpenBrace) stack.push(i);
      else if (ty === T.CloseParen || ty === T.CloseBracket || ty === T.CloseBrace) {
        const open = stack.length ? stack[stack.length - 1] : -1;
        if (open >= 0 && this.toks[open].type === ty - 1) {
          stack.pop();
          this.partner[open] = i;
          this.partner[i] = open;
        }
      }
    }
  }

  /** Start of the first token (NEWLINE included) that starts at or after `offset`. */
  nextTokenStart(offset: number): number {
    let lo = 0;
    let hi = this.all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.all[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.all.length ? this.all[lo].start : offset;
  }
  /** Index of the first token starting at or after `offset`. */
  indexAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.toks[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** Index of the token starting exactly at `offset`, or -1. */
  indexAt(offset: number): number {
    const i = this.indexAtOrAfter(offset);
    return i < this.toks.length && this.toks[i].start === offset ? i : -1;
  }
  /** Index of the token ending exactly at `end`, or -1. */
  indexEndingAt(end: number): number {
    let i = this.indexAtOrAfter(end) - 1;
    while (i >= 0 && this.toks[i].start + this.toks[i].length > end) i--;
    return i >= 0 && this.toks[i].start + this.toks[i].length === end ? i : -1;
  }
  /** Last token index that ends at or before `end`. */
  lastEndingBy(end: number): number {
    let i = this.indexAtOrAfter(end) - 1;
    while (i >= 0 && this.toks[i].start + this.toks[i].length > end) i--;
    return i;
  }
  tok(i: number): Tok | undefined {
    return i >= 0 && i < this.toks.length ? this.toks[i] : undefined;
  }
  end(i: number): number {
    const t = this.toks[i];
    return t.start + t.length;
  }

  /** [start, end) widened over every pair of parentheses that wraps exactly this range. */
  outer(start: number, end: number): [number, number] {
    let i = this.indexAt(start);
    let j = this.indexEndingAt(end);
    if (i < 0 || j < 0) return [start, end];
    while (i > 0 && j + 1 < this.toks.length && this.toks[i - 1].type === T.OpenParen &&
      this.partner[i - 1] === j + 1) {
      i--;
      j++;
    }
    return [this.toks[i].start, this.end(j)];
  }
  /** True when the range is wrapped in at least one pair of parentheses. */
  isParenthesized(start: number, end: number): boolean {
    const [s] = this.outer(start, end);
    return s !== start;
  }
  /** First token at/after `offset` of the given type (and keyword/operator), or -1. */
  find(offset: number, type: number, sub?: number, limit = Infinity): number {
    for (let i = this.indexAtOrAfter(offset); i < this.toks.length; i++) {
      const t = this.toks[i];
      if (t.start >= limit) break;
      if (t.type === type && (sub === undefined || t.keywordType === sub || t.operatorType === sub)) return i;
    }
    return -1;
  }
  /** Last token before `offset` of the given type, or -1. */
  findBefore(offset: number, type: number, sub?: number): number {
    for (let i = this.indexAtOrAfter(offset) - 1; i >= 0; i--) {
      const t = this.toks[i];
      if (t.type === type && (sub === undefined || t.keywordType === sub || t.operatorType === sub)) return i;
    }
    return -1;
  }
}

/** Converts offsets to CPython-style Located ranges. */
export function locate(lines: LineTable, start: number, end: number): Located {
  const s = lines.position(start);
  const e = lines.position(Math.max(start, end));
  return { lineno: s.line, col_offset: s.col, end_lineno: e.line, end_col_offset: e.col };
}
