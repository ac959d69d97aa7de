// Source text helpers for the language features: slicing by AST position (lines 1-based,
// columns 0-based in UTF-16 code units, exactly as src/translator/ast.ts defines them).
import type { Located } from '../translator/ast';

export interface Pos { line: number; col: number }

export class SourceText {
  readonly lines: string[];
  constructor(readonly text: string) {
    this.lines = text.split(/\r\n|\r|\n/);
  }

  lineText(line: number): string {
    return this.lines[line - 1] ?? '';
  }

  /** The source text between two positions (end exclusive). */
  slice(from: Pos, to: Pos): string {
    if (from.line === to.line) return this.lineText(from.line).slice(from.col, to.col);
    const parts = [this.lineText(from.line).slice(from.col)];
    for (let l = from.line + 1; l < to.line; l++) parts.push(this.lineText(l));
    parts.push(this.lineText(to.line).slice(0, to.col));
    return parts.join('\n');
  }

  /** The source text of a node. */
  of(n: Located): string {
    return this.slice(start(n), end(n));
  }
}

export function start(n: Located): Pos {
  return { line: n.lineno, col: n.col_offset };
}

export function end(n: Located): Pos {
  return { line: n.end_lineno, col: n.end_col_offset };
}

/** True when `p` lies inside `n` (end inclusive, so a cursor just after a name still hits it). */
export function contains(n: Located, p: Pos): boolean {
  if (p.line < n.lineno || p.line > n.end_lineno) return false;
  if (p.line === n.lineno && p.col < n.col_offset) return false;
  if (p.line === n.end_lineno && p.col > n.end_col_offset) return false;
  return true;
}
