// CPython-style SyntaxError information and its stderr rendering.

/** A syntax error found by parse(). Lines are 1-based, columns 0-based (like AST nodes). */
export interface SyntaxDiag {
  type: 'SyntaxError' | 'IndentationError' | 'TabError';
  msg: string;
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
  /**
   * CPython quirk: a few errors (inside f-string replacement fields) show another text than the
   * source line; then `text`, `offset` and `end_offset` are what CPython puts in the exception.
   */
  text?: string;
  offset?: number;
  end_offset?: number;
}

/** The attributes of the SyntaxError instance CPython raises. */
export interface SyntaxErrorInfo {
  type: 'SyntaxError' | 'IndentationError' | 'TabError';
  msg: string;
  lineno: number;
  /** 1-based column of the error start. */
  offset: number;
  end_lineno: number;
  /** 1-based column just after the error end. */
  end_offset: number;
  /** The source line, with its line terminator as CPython keeps it. */
  text: string;
}

/** Source line `lineno` (1-based) with a trailing "\n" (CPython keeps it in SyntaxError.text). */
function sourceLine(source: string, lineno: number): string {
  const lines = source.split(/\r\n|\r|\n/);
  const line = lines[lineno - 1];
  return line === undefined ? '' : line + '\n';
}

/** Converts a parse() diagnostic into the SyntaxError attributes CPython would set. */
export function toSyntaxErrorInfo(diag: SyntaxDiag, source: string): SyntaxErrorInfo {
  const src = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const text = diag.text ?? sourceLine(src, diag.lineno);
  return {
    type: diag.type,
    msg: diag.msg,
    lineno: diag.lineno,
    offset: diag.offset ?? diag.col_offset + 1,
    end_lineno: diag.end_lineno,
    end_offset: diag.end_offset ?? diag.end_col_offset + 1,
    text,
  };
}

/**
 * Renders a SyntaxError exactly as `python3 file.py` prints it to stderr (CPython 3.11's
 * print_exception / print_error_text in Python/pythonrun.c), ending with a newline.
 */
export function formatSyntaxError(info: SyntaxErrorInfo, filename: string): string {
  let out = `  File "${filename}", line ${info.lineno}\n`;
  if (info.text) {
    const lineSize = info.text.length;
    let endOffset = info.type === 'SyntaxError' ? info.end_offset : -1;
    if (info.type === 'SyntaxError' && info.end_lineno > info.lineno) endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    out += errorText(info.offset, endOffset, info.text);
  }
  return out + `${info.type}: ${info.msg}\n`;
}

function errorText(offset1: number, endOffset: number, textIn: string): string {
  const carets = endOffset > 0 && endOffset > offset1 ? endOffset - offset1 : 1;
  let offset = offset1 - 1;
  let text = textIn;
  let i = 0;
  while (text[i] === ' ' || text[i] === '\t' || text[i] === '\f') {
    i++;
    offset--;
  }
  text = text.slice(i);
  let len = text.length;
  if (len > 0 && text[len - 1] === '\n') len--;
  if (offset > len) offset = len;
  for (;;) {
    const nl = text.indexOf('\n');
    if (nl < 0 || nl >= offset) break;
    text = text.slice(nl + 1);
    len -= nl + 1;
    offset -= nl + 1;
  }
  let out = '    ' + text;
  if (text[len] !== '\n') out += '\n';
  if (offset < 0) return out;
  return out + '    ' + ' '.repeat(offset) + '^'.repeat(carets) + '\n';
}

/** Convenience: the CPython stderr text for the first error of a parse. */
export function formatFirstError(errors: SyntaxDiag[], source: string, filename: string): string | undefined {
  return errors.length ? formatSyntaxError(toSyntaxErrorInfo(errors[0], source), filename) : undefined;
}
