// Output fragments of the emitter and their rendering to text plus source-map entries.
//
// The emitter builds a tree: strings, arrays (concatenation), `MapFrag` (text that maps back to
// a Python range) and `BlockFrag` (a `{ ... }` block of lines, indented on render). Rendering
// walks the tree once, tracking line/column, so map entries are exact.

import type { Located } from './ast';
import { caretAnchor, calleeEnd, type MapEntry } from './sourcemap';

export type Frag = string | Frag[] | MapFrag | BlockFrag;

export interface MapFrag {
  readonly k: 'map';
  loc: Located;
  scope: string;
  body: Frag;
  prologue?: boolean;
}

export interface BlockFrag {
  readonly k: 'block';
  lines: Frag[];
}

/** Operator precedence of an emitted JS expression, to parenthesize only where needed. */
export const Prec = {
  Comma: 1,
  Assign: 2, // also yield, arrow functions
  Cond: 3,
  Nullish: 4,
  Or: 5,
  And: 6,
  Equality: 10,
  Unary: 15,
  Primary: 20,
} as const;
export type Prec = (typeof Prec)[keyof typeof Prec];

/** An emitted JS expression. */
export interface E {
  f: Frag;
  p: Prec;
}

export function e(f: Frag, p: Prec = Prec.Primary): E {
  return { f, p };
}

/** The fragment of `x`, parenthesized when its precedence is below `min`. */
export function paren(x: E, min: Prec): Frag {
  return x.p < min ? ['(', x.f, ')'] : x.f;
}

export function block(lines: Frag[]): BlockFrag {
  return { k: 'block', lines };
}

export function mapped(loc: Located, scope: string, body: Frag, prologue = false): MapFrag {
  const m: MapFrag = { k: 'map', loc, scope, body };
  if (prologue) m.prologue = true;
  return m;
}

/** Joins fragments with a separator. */
export function join(parts: Frag[], sep: string): Frag[] {
  const out: Frag[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push(sep);
    out.push(p);
  });
  return out;
}

/** A JS string literal for `s`. */
export function str(s: string): string {
  return JSON.stringify(s);
}

const INDENT = '  ';

/** Renders top-level lines (indentation 0) into code and map entries. */
export function render(lines: Frag[]): { code: string; entries: MapEntry[] } {
  const out: string[] = [];
  const entries: MapEntry[] = [];
  let line = 1;
  let col = 0;
  let offset = 0;
  let depth = 0;

  const write = (s: string) => {
    out.push(s);
    offset += s.length;
    const nl = s.lastIndexOf('\n');
    if (nl < 0) {
      col += s.length;
    } else {
      for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) line++;
      col = s.length - nl - 1;
    }
  };
  const newline = () => write('\n' + INDENT.repeat(depth));

  const walk = (f: Frag): void => {
    if (typeof f === 'string') {
      write(f);
    } else if (Array.isArray(f)) {
      for (const x of f) walk(x);
    } else if (f.k === 'map') {
      const start = { line, col, offset };
      walk(f.body);
      if (offset === start.offset) return;
      const entry: MapEntry = {
        line: start.line, col: start.col, endLine: line, endCol: col, size: offset - start.offset,
        lineno: f.loc.lineno, col_offset: f.loc.col_offset, end_lineno: f.loc.end_lineno,
        end_col_offset: f.loc.end_col_offset, scope: f.scope,
      };
      if (f.prologue) entry.prologue = true;
      const anchor = caretAnchor(f.loc);
      if (anchor) entry.anchor = anchor;
      const callee = calleeEnd(f.loc);
      if (callee) entry.calleeEnd = callee;
      entries.push(entry);
    } else {
      if (f.lines.length === 0) {
        write('{}');
        return;
      }
      write('{');
      depth++;
      for (const l of f.lines) {
        newline();
        walk(l);
      }
      depth--;
      newline();
      write('}');
    }
  };

  lines.forEach((l, i) => {
    if (i > 0) newline();
    walk(l);
  });
  return { code: out.join(''), entries };
}
