// parse(): Python 3.11 source → CPython-shaped AST (ast.ts) plus syntax errors.
//
// Pyright's parser (the only user of @zzzen/pyright-internal) builds its tree and reports errors
// with recovery; we convert the tree (parserStmt/parserExpr/...), add the errors CPython finds
// that Pyright does not (tokenizer errors, invalid targets, compile-time checks), and order the
// errors so that errors[0] is the one CPython would raise.

import type { Module } from './ast';
import { ConvCtx, type RawDiag } from './parserContext';
import { LineTable, TokenStream, type Tok } from './parserSource';
import { parseOptions311, pyright } from './parserPyright';
import { statements } from './parserStmt';
import { pyrightDiags } from './parserMessages';
import { tokenizerErrors } from './parserTokenErrors';
import { targetErrors } from './parserTargets';
import { scopeErrors } from './parserChecks';
import { chooseErrors } from './parserOrder';
import type { SyntaxDiag } from './syntaxError';

export type { SyntaxDiag } from './syntaxError';

export interface ParseOptions {
  /** Notebook cells may use `await` (and async comprehensions) at top level. */
  allowTopLevelAwait?: boolean;
}

export interface ParseResult {
  module: Module;
  /** Syntax errors; errors[0] is the one CPython reports. Empty when the source compiles. */
  errors: SyntaxDiag[];
}

/** Parses Python 3.11 source. Never throws. */
export function parse(source: string, filename: string, opts: ParseOptions = {}): ParseResult {
  const text = String(source ?? '');
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    // CPython refuses the file before tokenizing; we still parse the rest for the editor.
    const r = parse(text.replace(/\0/g, ' '), filename, opts);
    const lines = new LineTable(text);
    const { line, col } = lines.position(nul);
    const diag: SyntaxDiag = {
      type: 'SyntaxError', msg: 'source code cannot contain null bytes', lineno: line, col_offset: col,
      end_lineno: line, end_col_offset: col, text: lines.lineText(line).split('\0')[0] + '\n', offset: 0, end_offset: 0,
    };
    return { module: r.module, errors: [diag, ...r.errors] };
  }
  try {
    return parseOrThrow(text, filename, opts);
  } catch (e) {
    return { module: { _type: 'Module', body: [], type_ignores: [] }, errors: fallbackErrors(text, e) };
  }
}

/** When Pyright or the conversion fails (extreme nesting), report the tokenizer's errors. */
function fallbackErrors(text: string, e: unknown): SyntaxDiag[] {
  try {
    const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const lines = new LineTable(src);
    const found = tokenizerErrors(src, lines).filter((d) => d.tok);
    if (found.length) {
      return found.map((d) => {
        const s = lines.position(d.start);
        const f = lines.position(Math.max(d.start, d.end));
        return { type: d.type ?? 'SyntaxError', msg: d.msg, lineno: s.line, col_offset: s.col, end_lineno: f.line, end_col_offset: f.col };
      });
    }
  } catch {
    // fall through to the generic report
  }
  const msg = `internal parser error: ${e instanceof Error ? e.message : String(e)}`;
  return [{ type: 'SyntaxError', msg, lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 }];
}

interface PyrightError { message: string; start: number; end: number }

function parseOrThrow(input: string, _filename: string, opts: ParseOptions): ParseResult {
  // CPython skips a UTF-8 BOM; columns do not count it.
  const source = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const { Parser, DiagnosticSink } = pyright();
  const pyOptions = parseOptions311();
  const parser = new Parser();
  const captured: PyrightError[] = [];
  // Record Pyright's errors with their offsets (its sink only keeps line/character ranges).
  parser._addError = function (this: { _areErrorsSuppressed: boolean }, message: string, range: { start: number; length: number }) {
    if (!this._areErrorsSuppressed && range) captured.push({ message, start: range.start, end: range.start + range.length });
  };
  const result = parser.parseSourceFile(source, pyOptions, new DiagnosticSink());
  const lines = new LineTable(source);
  const all: Tok[] = [];
  const tokens = result.tokenizerOutput.tokens;
  for (let i = 0; i < tokens.count; i++) all.push(tokens.getItemAt(i));
  const ts = new TokenStream(all);
  const ctx = new ConvCtx(source, lines, ts, pyOptions);
  const module: Module = { _type: 'Module', body: statements(ctx, result.parseTree.statements), type_ignores: [] };

  const scanned = tokenizerErrors(source, lines);
  const tokenErrs: RawDiag[] = scanned.filter((d) => d.tok);
  const parseErrs: RawDiag[] = [
    ...scanned.filter((d) => !d.tok),
    ...pyrightDiags(captured, ctx, result.tokenizerOutput),
    ...ctx.diags,
    ...targetErrors(module, ctx),
  ];
  const compileErrs: RawDiag[] = scopeErrors(module, ctx, !!opts.allowTopLevelAwait);
  const errors = chooseErrors(ctx, tokenErrs, parseErrs, compileErrs);
  return { module, errors };
}
