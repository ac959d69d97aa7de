// Adjacent string literals (plain, bytes, f-strings) → Constant or JoinedStr, following CPython
// 3.11's Parser/string_parser.c, including its position quirks: the parts of a JoinedStr carry
// the range of the whole concatenation, a format spec carries the range of its own token.

import type * as A from './ast';
import type { ConvCtx } from './parserContext';
import { SF, type PNode } from './parserEnums';
import { decodeBody, splitString, toBytes, type StringParts } from './parserLiterals';
import { FStringScanner, type FieldScan } from './parserFStringScan';
import { parseFieldExpr } from './parserFStringExpr';

interface State {
  values: A.Expr[];
  last: string;
}

class FStringError extends Error {}

export function convertStringList(c: ConvCtx, strings: PNode[]): A.Expr {
  const toks = strings.map((s) => s.token);
  const S = toks[0].start;
  const last = toks[toks.length - 1];
  const E = last.start + last.length;
  const parts = toks.map((t) => splitString(c.text, t.start, t.length, !(t.flags & SF.Unterminated)));
  const kind = /^u/.test(c.text.slice(S, S + 1)) ? 'u' : null;
  const errAfter = (msg: string): A.Expr => {
    const at = c.ts.nextTokenStart(E);
    c.error(at, at, msg);
    return c.at({ _type: 'ErrorExpr' as const }, S, E);
  };
  const bytesCount = parts.filter((p) => p.isBytes).length;
  if (bytesCount > 0 && bytesCount < parts.length) return errAfter('cannot mix bytes and nonbytes literals');
  if (parts.some((p) => !p.terminated)) return c.at({ _type: 'ErrorExpr' as const }, S, E);
  if (!parts.some((p) => p.isFormat)) {
    let value = '';
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (p.isBytes && /[^\x00-\x7f]/.test(p.body)) {
        c.error(toks[i].start, toks[i].start + toks[i].length, 'bytes can only contain ASCII literal characters');
      }
      const d = decodeBody(p.body, p.isBytes, p.isRaw);
      if (d.error) return errAfter(d.error.msg);
      value += d.value;
    }
    const v: A.PyConstant = bytesCount ? { bytes: toBytes(value) } : value;
    return c.at({ _type: 'Constant', value: v, kind: bytesCount ? null : kind }, S, E);
  }
  const st: State = { values: [], last: '' };
  try {
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      const t = toks[i];
      if (!p.isFormat) {
        const d = decodeBody(p.body, false, p.isRaw);
        if (d.error) return errAfter(d.error.msg);
        st.last += d.value;
        continue;
      }
      const scanner = new FStringScanner(p.body, p.isRaw);
      const fail = (msg: string): never => {
        const at = c.ts.nextTokenStart(t.start + t.length);
        c.error(at, at, msg);
        throw new FStringError(msg);
      };
      fstring(c, st, scanner, p, 0, [t.start, t.start + t.length], [S, E], kind, fail);
    }
  } catch (e) {
    if (e instanceof FStringError) return c.at({ _type: 'ErrorExpr' as const }, S, E);
    throw e;
  }
  flush(c, st, S, E, kind);
  return c.at({ _type: 'JoinedStr', values: st.values }, S, E);
}

function flush(c: ConvCtx, st: State, s: number, e: number, kind: string | null): void {
  if (st.last) st.values.push(c.at({ _type: 'Constant', value: st.last, kind }, s, e));
  st.last = '';
}

/** Parses one f-string body (level 0) or a format spec (level 1) into `st`. */
function fstring(
  c: ConvCtx, st: State, sc: FStringScanner, p: StringParts, level: number,
  tok: [number, number], whole: [number, number], kind: string | null, fail: (msg: string) => never,
): void {
  for (;;) {
    const lit = sc.literal(level);
    if (lit.error) fail(lit.error);
    if (lit.raw) {
      const d = decodeBody(lit.raw, false, p.isRaw);
      if (d.error) fail(d.error.msg);
      st.last += d.value;
    }
    if (lit.doubled) {
      st.last += lit.doubled;
      continue;
    }
    if (!sc.atOpenBrace()) break;
    const field: FieldScan = sc.field(level);
    if (field.error) fail(field.error);
    const value = parseFieldExpr(c, p.bodyStart + field.exprStart, field.exprEnd - field.exprStart);
    const more = sc.fieldTail(field.exprStart);
    if (more.error) fail(more.error);
    let spec: A.JoinedStr | null = null;
    if (more.hasSpec) {
      const inner: State = { values: [], last: '' };
      fstring(c, inner, sc, p, level + 1, tok, whole, kind, fail);
      flush(c, inner, tok[0], tok[1], kind);
      spec = c.at({ _type: 'JoinedStr' as const, values: inner.values }, tok[0], tok[1]);
    }
    const tail = sc.closeField();
    if (tail) fail(tail);
    let conversion = more.conversion;
    if (more.debugText !== null) {
      st.last += more.debugText;
      if (!spec && conversion === -1) conversion = 114;
    }
    flush(c, st, whole[0], whole[1], kind);
    st.values.push(c.at({ _type: 'FormattedValue', value, conversion, format_spec: spec }, whole[0], whole[1]));
  }
  if (level > 0 && !sc.atCloseBrace()) fail("f-string: expecting '}'");
}
