// JSON encoding as CPython's json.encoder (_make_iterencode / the C encoder, same output).
import { None, PyFloat, isInstance, intClass, strClass, floatClass, typeName } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { call } from '../py/call';
import { str } from '../py/protocols';
import { PyDict } from '../py/dict';
import { floatRepr, toIndex } from './_num';
import { pyLt, dictEntries } from './_rt';

export interface EncOptions {
  skipkeys: boolean; ensureAscii: boolean; checkCircular: boolean; allowNan: boolean; sortKeys: boolean;
  indent: string | null; itemSep: string; keySep: string;
  /** default(o) or undefined for the TypeError. */
  default: ((o: any) => any) | undefined;
}

const ESC: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };
const hex4 = (n: number) => '\\u' + n.toString(16).padStart(4, '0');

export function encodeString(s: string, ascii: boolean): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    if (ESC[ch] !== undefined) out += ESC[ch];
    else if (c < 0x20) out += hex4(c);
    else if (ascii && c > 0x7e) out += hex4(c); // surrogate pairs come out as two escapes, as CPython
    else out += ch;
  }
  return out + '"';
}

function floatStr(v: number, o: EncOptions): string {
  if (Number.isNaN(v) || !isFinite(v)) {
    if (!o.allowNan) throw pyErr(E.ValueError, `Out of range float values are not JSON compliant`);
    return Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
  }
  return floatRepr(v);
}

/** The string data of a str or str-subclass instance (an enum member's is its value). */
function strValue(v: any): string { return typeof v === 'string' ? v : v.$enumMixin ? v._value_ : str(v); }
function isStr(v: any) { return typeof v === 'string' || (typeof v === 'object' && v !== null && !Array.isArray(v) && isInstance(v, strClass)); }
function isIntLike(v: any) { return typeof v === 'number' || typeof v === 'bigint' || (typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof PyFloat) && isInstance(v, intClass)); }
function isFloatLike(v: any) { return v instanceof PyFloat || (typeof v === 'object' && v !== null && !Array.isArray(v) && isInstance(v, floatClass)); }
function floatVal(v: any): number { return v instanceof PyFloat ? v.v : Number((v as any).v); }

export function encode(value: any, o: EncOptions): string {
  const markers = new Set<any>();
  const parts: string[] = [];
  const enc = (v: any, level: number): void => {
    if (isStr(v)) { parts.push(encodeString(strValue(v), o.ensureAscii)); return; }
    if (v === None) { parts.push('null'); return; }
    if (v === true) { parts.push('true'); return; }
    if (v === false) { parts.push('false'); return; }
    if (isIntLike(v)) { parts.push(String(typeof v === 'object' ? toIndex(v) : v)); return; }
    if (isFloatLike(v)) { parts.push(floatStr(floatVal(v), o)); return; }
    if (Array.isArray(v)) { list(v, level); return; }
    if (v instanceof PyDict) { dict(v, level); return; }
    if (o.checkCircular) { if (markers.has(v)) throw pyErr(E.ValueError, 'Circular reference detected'); markers.add(v); }
    if (!o.default) throw pyErr(E.TypeError, `Object of type ${typeName(v)} is not JSON serializable`);
    enc(o.default(v), level);
    if (o.checkCircular) markers.delete(v);
  };
  const open = (c: any, level: number): string | undefined => {
    if (o.checkCircular) { if (markers.has(c)) throw pyErr(E.ValueError, 'Circular reference detected'); markers.add(c); }
    return o.indent === null ? undefined : '\n' + o.indent.repeat(level);
  };
  const list = (a: any[], level: number) => {
    if (!a.length) { parts.push('[]'); return; }
    const nl = open(a, level + 1);
    parts.push('[' + (nl ?? ''));
    const sep = o.itemSep + (nl ?? '');
    a.forEach((x, i) => { if (i) parts.push(sep); enc(x, level + 1); });
    if (nl !== undefined) parts.push('\n' + o.indent!.repeat(level));
    parts.push(']');
    if (o.checkCircular) markers.delete(a);
  };
  const dict = (d: PyDict, level: number) => {
    if (d.$size === 0) { parts.push('{}'); return; }
    const nl = open(d, level + 1);
    parts.push('{' + (nl ?? ''));
    const sep = o.itemSep + (nl ?? '');
    let items = dictEntries(d);
    if (o.sortKeys) items = stableSort(items, (a, b) => pyLt(a[0], b[0]));
    let first = true;
    for (const [k0, v] of items) {
      let k: string;
      if (isStr(k0)) k = strValue(k0);
      else if (isFloatLike(k0)) k = floatStr(floatVal(k0), o);
      else if (k0 === true) k = 'true';
      else if (k0 === false) k = 'false';
      else if (k0 === None) k = 'null';
      else if (isIntLike(k0)) k = String(typeof k0 === 'object' ? toIndex(k0) : k0);
      else if (o.skipkeys) continue;
      else throw pyErr(E.TypeError, `keys must be str, int, float, bool or None, not ${typeName(k0)}`);
      if (!first) parts.push(sep);
      first = false;
      parts.push(encodeString(k, o.ensureAscii), o.keySep);
      enc(v, level + 1);
    }
    if (nl !== undefined) parts.push('\n' + o.indent!.repeat(level));
    parts.push('}');
    if (o.checkCircular) markers.delete(d);
  };
  enc(value, 0);
  return parts.join('');
}

function stableSort<T>(a: T[], lt: (x: T, y: T) => boolean): T[] {
  return a.map((x, i) => [x, i] as [T, number]).sort((p, q) => (lt(p[0], q[0]) ? -1 : lt(q[0], p[0]) ? 1 : p[1] - q[1])).map(p => p[0]);
}

export function defaultFrom(f: any): ((o: any) => any) | undefined {
  return f === None || f === undefined ? undefined : (x: any) => call(f, x);
}
