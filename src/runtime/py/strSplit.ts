// str.split / rsplit / splitlines / join with CPython's whitespace and maxsplit rules.
'use strict';
import { None, typeName } from './object';
import { E, pyErr } from './exceptions';
import { intArg } from './slice';
import { iter } from './protocols';
import { WS_RE, LINE_BREAK } from './strUtil';

// ---------------------------------------------------------------- split

function splitWs(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  let count = maxsplit < 0 ? Infinity : maxsplit;
  while (count-- > 0) {
    while (i < n && WS_RE.test(s[i])) i++;
    if (i === n) break;
    const j = i++;
    while (i < n && !WS_RE.test(s[i])) i++;
    out.push(s.slice(j, i));
  }
  if (i < n) {
    while (i < n && WS_RE.test(s[i])) i++;
    if (i !== n) out.push(s.slice(i));
  }
  return out;
}
function rsplitWs(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length - 1;
  let count = maxsplit < 0 ? Infinity : maxsplit;
  while (count-- > 0) {
    while (i >= 0 && WS_RE.test(s[i])) i--;
    if (i < 0) break;
    const j = i--;
    while (i >= 0 && !WS_RE.test(s[i])) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && WS_RE.test(s[i])) i--;
    if (i >= 0) out.push(s.slice(0, i + 1));
  }
  return out.reverse();
}
function sepArg(sep: any): string | undefined {
  if (sep === undefined || sep === None) return undefined;
  if (typeof sep !== 'string') throw pyErr(E.TypeError, `must be str or None, not ${typeName(sep)}`);
  if (sep === '') throw pyErr(E.ValueError, 'empty separator');
  return sep;
}
function maxArg(m: any): number { return m === undefined ? -1 : intArg(m); }

export function strSplit(s: string, sepv?: any, maxv?: any): string[] {
  const sep = sepArg(sepv);
  const max = maxArg(maxv);
  if (sep === undefined) return splitWs(s, max);
  if (max < 0) return s.split(sep);
  const out: string[] = [];
  let i = 0;
  for (let k = 0; k < max; k++) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}
export function strRsplit(s: string, sepv?: any, maxv?: any): string[] {
  const sep = sepArg(sepv);
  const max = maxArg(maxv);
  if (sep === undefined) return rsplitWs(s, max);
  if (max < 0) return s.split(sep);
  const out: string[] = [];
  let end = s.length;
  for (let k = 0; k < max; k++) {
    if (end - sep.length < 0) break;
    const j = s.lastIndexOf(sep, end - sep.length);
    if (j < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}
export function splitlines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  let i = 0;
  LINE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINE_BREAK.exec(s)) !== null) {
    const e = m.index + m[0].length;
    out.push(s.slice(i, keepends ? e : m.index));
    i = e;
  }
  if (i < s.length) out.push(s.slice(i));
  return out;
}

export function strJoin(sep: string, items: any): string {
  let arr: any[];
  if (Array.isArray(items)) arr = items;
  else {
    try { arr = Array.from(iter(items)); } catch (e: any) {
      if (e?.$cls === E.TypeError && /not iterable/.test(String(e.args?.[0]))) throw pyErr(E.TypeError, 'can only join an iterable');
      throw e;
    }
  }
  for (let i = 0; i < arr.length; i++) {
    if (typeof arr[i] !== 'string') throw pyErr(E.TypeError, `sequence item ${i}: expected str instance, ${typeName(arr[i])} found`);
  }
  return arr.join(sep);
}
