// CPython-style stderr text for a translation that failed (syntax errors, unsupported constructs).
import type { TranslateResult } from './translate';
import { formatSyntaxError, toSyntaxErrorInfo } from './syntaxError';

export function formatSyntaxErrors(t: TranslateResult, source: string, filename: string): string {
  const d = t.diagnostics[0];
  if (!d) return `  File "${filename}"\nSyntaxError: invalid syntax\n`;
  if (d.kind === 'unsupported') {
    return `  File "${filename}", line ${d.line}\nNotImplementedError: ${d.message}\n`;
  }
  const info = toSyntaxErrorInfo({
    type: (d.kind === 'IndentationError' || d.kind === 'TabError') ? d.kind : 'SyntaxError',
    msg: d.message, lineno: d.line, col_offset: d.col, end_lineno: d.endLine ?? d.line, end_col_offset: d.endCol ?? d.col,
  } as any, source);
  return formatSyntaxError(info, filename);
}
