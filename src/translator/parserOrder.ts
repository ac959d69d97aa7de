// Orders syntax errors so that the first one is the error CPython 3.11 raises.
//
// CPython's tokenizer errors win over parser errors: when parsing fails, pegen tokenizes the rest
// of the file and a tokenizer error found there replaces the parser's error
// (_PyPegen_tokenize_full_source_to_check_for_errors). Compile-time errors (symtable, compiler)
// only exist when parsing succeeded.

import type { ConvCtx, RawDiag } from './parserContext';
import type { SyntaxDiag } from './syntaxError';

const pos = (d: RawDiag): number => d.order ?? d.start;
const byStart = (a: RawDiag, b: RawDiag): number => pos(a) - pos(b) || a.end - b.end;

export function chooseErrors(c: ConvCtx, tokenErrs: RawDiag[], parseErrs: RawDiag[], compileErrs: RawDiag[]): SyntaxDiag[] {
  const toks = [...tokenErrs].sort(byStart);
  const parse = [...parseErrs].sort(byStart);
  const eof = toks.find((t) => t.tok === 'eof');
  const inline = toks.filter((t) => t.tok !== 'eof');
  let primary: RawDiag | undefined;
  const firstParse = parse[0];
  const t0 = inline[0];
  if (t0 && (!firstParse || pos(t0) <= pos(firstParse) || (t0.tok === 'hard' && !firstParse.final))) {
    primary = t0;
  } else if (firstParse) {
    primary = firstParse;
    if (eof && !firstParse.final && c.lines.position(firstParse.start).line > c.lines.position(eof.start).line) primary = eof;
  } else if (eof) {
    primary = eof;
  }
  let rest: RawDiag[];
  if (primary) {
    rest = [...inline, ...parse].filter((d) => d !== primary).sort(byStart);
    if (eof && eof !== primary) rest.push(eof);
  } else {
    rest = [...compileErrs].sort((a, b) => (a.phase ?? 0) - (b.phase ?? 0) || byStart(a, b));
    primary = rest.shift();
  }
  const out: SyntaxDiag[] = [];
  const seen = new Set<string>();
  for (const d of primary ? [primary, ...rest] : rest) {
    const key = `${d.start}:${d.msg}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(toDiag(c, d));
  }
  return out;
}

function toDiag(c: ConvCtx, d: RawDiag): SyntaxDiag {
  const s = c.lines.position(d.start);
  const e = c.lines.position(Math.max(d.start, d.end));
  const diag: SyntaxDiag = {
    type: d.type ?? 'SyntaxError', msg: d.msg,
    lineno: s.line, col_offset: s.col, end_lineno: e.line, end_col_offset: e.col,
  };
  if (d.text !== undefined) {
    diag.text = d.text;
    diag.offset = d.textOffset;
    diag.end_offset = d.textEndOffset;
  }
  return diag;
}
