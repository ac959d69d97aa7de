// JSON decoding exactly as CPython's C scanner (Modules/_json.c) + json.decoder: the same values,
// the same error messages and positions (in code points).
import { None, tuple, PyFloat, PyClass, nativeClass } from '../py/object';
import { E, pyErr, PyBaseException } from '../py/exceptions';
import { call } from '../py/call';
import { PyDict } from '../py/dict';
import { normInt } from './_num';

export const JSONDecodeError: PyClass = nativeClass({ name: 'JSONDecodeError', module: 'json.decoder', bases: [E.ValueError], es: PyBaseException });

const WS = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

export interface DecodeHooks {
  objectHook: any; pairsHook: any; parseFloat: any; parseInt: any; parseConstant: any; strict: boolean;
}

/** Code-point index of UTF-16 index i. */
function cpIndex(s: string, i: number): number {
  let n = 0;
  for (let k = 0; k < i && k < s.length; k++) { n++; const c = s.charCodeAt(k); if (c >= 0xd800 && c < 0xdc00 && k + 1 < s.length) { const d = s.charCodeAt(k + 1); if (d >= 0xdc00 && d < 0xe000) k++; } }
  return n;
}

export function decodeError(msg: string, doc: string, pos16: number): PyBaseException {
  const pos = cpIndex(doc, pos16);
  const before = doc.slice(0, pos16);
  const lineno = (before.match(/\n/g)?.length ?? 0) + 1;
  const nl = before.lastIndexOf('\n');
  const colno = nl < 0 ? pos + 1 : pos - cpIndex(doc, nl);
  const e = pyErr(JSONDecodeError, `${msg}: line ${lineno} column ${colno} (char ${pos})`);
  e.msg = msg; e.doc = doc; e.pos = pos; e.lineno = lineno; e.colno = colno;
  return e;
}

const NUMBER = /(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;

class Stop { constructor(public idx: number) {} }

export class Scanner {
  constructor(private s: string, private h: DecodeHooks) {}

  scanString(end: number): [string, number] {
    const s = this.s, len = s.length, begin = end - 1;
    let out = '';
    for (;;) {
      let next = end, c = '';
      for (; next < len; next++) {
        c = s[next];
        if (c === '"' || c === '\\') break;
        if (c.charCodeAt(0) <= 0x1f && this.h.strict) throw decodeError('Invalid control character at', s, next);
      }
      if (next >= len || !(c === '"' || c === '\\')) throw decodeError('Unterminated string starting at', s, begin);
      out += s.slice(end, next);
      next++;
      if (c === '"') return [out, next];
      if (next === len) throw decodeError('Unterminated string starting at', s, begin);
      c = s[next];
      if (c !== 'u') {
        end = next + 1;
        const m: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (!(c in m)) throw decodeError('Invalid \\escape', s, end - 2);
        out += m[c];
      } else {
        next++;
        end = next + 4;
        if (end >= len) throw decodeError('Invalid \\uXXXX escape', s, next - 1);
        const hex = s.slice(next, end);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw decodeError('Invalid \\uXXXX escape', s, end - 5);
        let cp = parseInt(hex, 16);
        next = end;
        if (cp >= 0xd800 && cp <= 0xdbff && end + 6 < len && s[next] === '\\' && s[next + 1] === 'u') {
          const hex2 = s.slice(next + 2, next + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex2)) throw decodeError('Invalid \\uXXXX escape', s, end + 1);
          const c2 = parseInt(hex2, 16);
          if (c2 >= 0xdc00 && c2 <= 0xdfff) { cp = 0x10000 + ((cp - 0xd800) << 10) + (c2 - 0xdc00); end += 6; }
        }
        out += String.fromCodePoint(cp);
      }
    }
  }

  scanOnce(idx: number): [any, number] {
    const s = this.s;
    if (idx < 0 || idx >= s.length) throw new Stop(idx);
    const c = s[idx];
    switch (c) {
      case '"': return this.scanString(idx + 1);
      case '{': return this.parseObject(idx + 1);
      case '[': return this.parseArray(idx + 1);
      case 'n': if (s.startsWith('null', idx)) return [None, idx + 4]; break;
      case 't': if (s.startsWith('true', idx)) return [true, idx + 4]; break;
      case 'f': if (s.startsWith('false', idx)) return [false, idx + 5]; break;
      case 'N': if (s.startsWith('NaN', idx)) return [this.constant('NaN'), idx + 3]; break;
      case 'I': if (s.startsWith('Infinity', idx)) return [this.constant('Infinity'), idx + 8]; break;
      case '-': if (s.startsWith('-Infinity', idx)) return [this.constant('-Infinity'), idx + 9]; break;
    }
    NUMBER.lastIndex = idx;
    const m = NUMBER.exec(s);
    if (!m) throw new Stop(idx);
    const end = idx + m[0].length;
    if (m[2] !== undefined || m[3] !== undefined) {
      return [this.h.parseFloat === None ? new PyFloat(Number(m[0])) : call(this.h.parseFloat, m[0]), end];
    }
    if (this.h.parseInt !== None) return [call(this.h.parseInt, m[0]), end];
    const n = Number(m[0]);
    return [Number.isSafeInteger(n) ? (n === 0 ? 0 : n) : normInt(BigInt(m[0])), end];
  }

  constant(name: string): any {
    if (this.h.parseConstant !== None) return call(this.h.parseConstant, name);
    return new PyFloat(name === 'NaN' ? NaN : name === 'Infinity' ? Infinity : -Infinity);
  }

  skipWs(idx: number): number { const s = this.s; while (idx < s.length && WS(s[idx])) idx++; return idx; }

  parseObject(idx: number): [any, number] {
    const s = this.s;
    const pairs: [any, any][] = [];
    idx = this.skipWs(idx);
    if (idx >= s.length || s[idx] !== '}') {
      for (;;) {
        if (idx >= s.length || s[idx] !== '"') throw decodeError('Expecting property name enclosed in double quotes', s, idx);
        const [key, afterKey] = this.scanString(idx + 1);
        idx = this.skipWs(afterKey);
        if (idx >= s.length || s[idx] !== ':') throw decodeError("Expecting ':' delimiter", s, idx);
        idx = this.skipWs(idx + 1);
        const [val, afterVal] = this.scanOnce(idx);
        pairs.push([key, val]);
        idx = this.skipWs(afterVal);
        if (idx < s.length && s[idx] === '}') break;
        if (idx >= s.length || s[idx] !== ',') throw decodeError("Expecting ',' delimiter", s, idx);
        idx = this.skipWs(idx + 1);
      }
    }
    const end = idx + 1;
    if (this.h.pairsHook !== None) return [call(this.h.pairsHook, pairs.map(p => tuple(p))), end];
    const d = new PyDict();
    for (const [k, v] of pairs) d.$set(k, v);
    if (this.h.objectHook !== None) return [call(this.h.objectHook, d), end];
    return [d, end];
  }

  parseArray(idx: number): [any, number] {
    const s = this.s;
    const out: any[] = [];
    idx = this.skipWs(idx);
    if (idx >= s.length || s[idx] !== ']') {
      for (;;) {
        const [val, after] = this.scanOnce(idx);
        out.push(val);
        idx = this.skipWs(after);
        if (idx < s.length && s[idx] === ']') break;
        if (idx >= s.length || s[idx] !== ',') throw decodeError("Expecting ',' delimiter", s, idx);
        idx = this.skipWs(idx + 1);
      }
    }
    return [out, idx + 1];
  }
}

/** json.loads on a str (after the type checks). */
export function decode(s: string, h: DecodeHooks): any {
  if (s.startsWith('\ufeff')) throw decodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0);
  const sc = new Scanner(s, h);
  let idx = sc.skipWs(0);
  let obj: any;
  try { [obj, idx] = sc.scanOnce(idx); } catch (e) {
    if (e instanceof Stop) throw decodeError('Expecting value', s, e.idx);
    throw e;
  }
  idx = sc.skipWs(idx);
  if (idx !== s.length) throw decodeError('Extra data', s, idx);
  return obj;
}
