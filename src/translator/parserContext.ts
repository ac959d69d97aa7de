// Shared state of one Pyright-tree → CPython-AST conversion.

import type { Located } from './ast';
import { LineTable, TokenStream } from './parserSource';

/** An error found while converting, in source offsets; parser.ts turns it into a SyntaxDiag. */
export interface RawDiag {
  start: number;
  end: number;
  msg: string;
  type?: 'SyntaxError' | 'IndentationError' | 'TabError';
  /** CPython quirk: some errors show another text than the source line (f-string parts). */
  text?: string;
  /** 1-based offset into `text` when `text` is given. */
  textOffset?: number;
  textEndOffset?: number;
  /** CPython raises it without looking for tokenizer errors further on ("unexpected indent"). */
  final?: boolean;
  /** Position used to order errors when it differs from `start` (CPython raised it earlier). */
  order?: number;
  /** Ordering class of compile-time errors: symtable (1) before compiler (2). */
  phase?: number;
  /**
   * Tokenizer errors: 'hard' ones raise as soon as CPython's tokenizer sees them (even after a
   * parser error), 'soft' ones only when the parser reaches them, 'eof' is an unclosed bracket.
   */
  tok?: 'hard' | 'soft' | 'eof';
}

export class ConvCtx {
  /** Token stream used for parenthesis lookups; swapped while converting f-string parts. */
  ts: TokenStream;
  readonly diags: RawDiag[] = [];
  private readonly offsets = new WeakMap<object, [number, number]>();

  constructor(
    readonly text: string,
    readonly lines: LineTable,
    tokens: TokenStream,
    /** Pyright ParseOptions, reused to parse f-string replacement fields. */
    readonly pyOptions: unknown,
  ) {
    this.ts = tokens;
  }

  /** Sets the position of `node` from offsets and remembers them. */
  at<N extends object>(node: N, start: number, end: number): N & Located {
    const n = node as N & Located;
    const s = this.lines.position(start);
    const e = end > start ? this.lines.position(end) : s;
    n.lineno = s.line;
    n.col_offset = s.col;
    n.end_lineno = e.line;
    n.end_col_offset = end > start ? e.col : s.col;
    this.offsets.set(node, [start, end]);
    return n;
  }
  /** Remembers offsets of a node without positions (withitem, comprehension...). */
  remember<N extends object>(node: N, start: number, end: number): N {
    this.offsets.set(node, [start, end]);
    return node;
  }
  /** Offsets [start, end) of a converted node. */
  off(node: object): [number, number] {
    return this.offsets.get(node) ?? [0, 0];
  }
  /** Offsets of a converted node including the parentheses that wrap it. */
  outer(node: object): [number, number] {
    const [s, e] = this.off(node);
    return this.ts.outer(s, e);
  }
  private readonly parens = new WeakMap<object, boolean>();
  /** Records now (while the right token stream is current) whether `node` is parenthesized. */
  markParen(node: object): void {
    this.parens.set(node, this.ts.isParenthesized(...this.off(node)));
  }
  /** Is the node wrapped in parentheses (recorded at conversion, else computed)? */
  isParen(node: object): boolean {
    return this.parens.get(node) ?? this.ts.isParenthesized(...this.off(node));
  }
  error(start: number, end: number, msg: string, extra: Partial<RawDiag> = {}): void {
    this.diags.push({ start, end, msg, ...extra });
  }
}
