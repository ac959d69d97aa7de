// Decoding of Python number and string literal tokens into Constant values.

import type { PyConstant } from './ast';

/** Value of a number token's text (`0x_ff`, `1_000`, `1e5`, `.5`, `3j`...). */
export function numberValue(text: string): PyConstant {
  const t = text.replace(/_/g, '');
  const last = t[t.length - 1];
  if (last === 'j' || last === 'J') return { complex: Number(t.slice(0, -1)) };
  if (/^0[xob]/i.test(t)) {
    try {
      return BigInt(t.toLowerCase());
    } catch {
      return BigInt(0);
    }
  }
  if (/^[0-9]+$/.test(t)) return BigInt(t);
  return { float: Number(t) };
}

export interface StringParts {
  prefix: string;
  /** Source offset where the body (inside the quotes) starts. */
  bodyStart: number;
  body: string;
  isRaw: boolean;
  isBytes: boolean;
  isFormat: boolean;
  isUnicode: boolean;
  terminated: boolean;
}

/** Splits a string token's text into prefix, quotes and body. */
export function splitString(source: string, start: number, length: number, terminated: boolean): StringParts {
  const text = source.slice(start, start + length);
  let p = 0;
  while (p < text.length && text[p] !== '"' && text[p] !== "'") p++;
  const prefix = text.slice(0, p).toLowerCase();
  const q = text[p] ?? '"';
  const quoteLen = text.startsWith(q + q + q, p) ? 3 : 1;
  const bodyEnd = terminated ? text.length - quoteLen : text.length;
  return {
    prefix,
    bodyStart: start + p + quoteLen,
    body: text.slice(p + quoteLen, bodyEnd),
    isRaw: prefix.includes('r'),
    isBytes: prefix.includes('b'),
    isFormat: prefix.includes('f'),
    isUnicode: prefix.includes('u'),
    terminated,
  };
}

export interface DecodeError {
  /** Index into the body where the bad escape starts. */
  index: number;
  msg: string;
}

/**
 * Applies Python escape sequences to a literal body. For bytes, the result holds one char per
 * byte (0-255). Newlines in the body are normalized to \n as CPython reads source text.
 */
export function decodeBody(body: string, isBytes: boolean, isRaw: boolean): { value: string; error?: DecodeError } {
  const s = body.replace(/\r\n?/g, '\n');
  if (isRaw) return { value: s };
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c !== '\\' || i + 1 >= s.length) {
      out += c;
      i++;
      continue;
    }
    const e = s[i + 1];
    const simple = SIMPLE_ESCAPES[e];
    if (e === '\n') { i += 2; continue; }
    if (simple !== undefined) { out += simple; i += 2; continue; }
    if (e >= '0' && e <= '7') {
      let j = i + 1;
      let v = 0;
      while (j < s.length && j < i + 4 && s[j] >= '0' && s[j] <= '7') v = v * 8 + (s.charCodeAt(j++) - 48);
      out += String.fromCodePoint(isBytes ? v & 0xff : v);
      i = j;
      continue;
    }
    const hexLen = e === 'x' ? 2 : !isBytes && e === 'u' ? 4 : !isBytes && e === 'U' ? 8 : 0;
    if (hexLen) {
      const digits = s.slice(i + 2, i + 2 + hexLen);
      const m = /^[0-9a-fA-F]*/.exec(digits)![0];
      if (m.length < hexLen) {
        const endPos = i + 1 + m.length;
        const msg = isBytes
          ? `(value error) invalid \\x escape at position ${i}`
          : `(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${endPos}: truncated \\${e}${'X'.repeat(hexLen)} escape`;
        return { value: out, error: { index: i, msg } };
      }
      const cp = parseInt(m, 16);
      if (cp > 0x10ffff) {
        const msg = `(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${i + 9}: illegal Unicode character`;
        return { value: out, error: { index: i, msg } };
      }
      out += String.fromCodePoint(cp);
      i += 2 + hexLen;
      continue;
    }
    if (!isBytes && e === 'N') {
      const m = /^\{([^}]*)\}/.exec(s.slice(i + 2));
      const cp = m ? unicodeName(m[1]) : undefined;
      if (!m || cp === undefined && !/^[A-Za-z0-9 -]+$/.test(m[1])) {
        const len = m ? m[0].length + 1 : 1;
        const msg = `(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${i + len}: ${m ? 'unknown Unicode character name' : 'malformed \\N character escape'}`;
        return { value: out, error: { index: i, msg } };
      }
      // Names outside our small table cannot be resolved without the Unicode database.
      out += cp !== undefined ? String.fromCodePoint(cp) : '\ufffd';
      i += 2 + m[0].length;
      continue;
    }
    out += '\\' + e; // unknown escape: kept as is (CPython only warns)
    i += 2;
  }
  return { value: out };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/** A few common Unicode character names (\N{...}); the full database is not available in JS. */
const UNICODE_NAMES: Record<string, number> = {
  'BULLET': 0x2022, 'EM DASH': 0x2014, 'EN DASH': 0x2013, 'HORIZONTAL ELLIPSIS': 0x2026,
  'NO-BREAK SPACE': 0xa0, 'DEGREE SIGN': 0xb0, 'MICRO SIGN': 0xb5, 'EURO SIGN': 0x20ac,
  'COPYRIGHT SIGN': 0xa9, 'REGISTERED SIGN': 0xae, 'CHECK MARK': 0x2713, 'BALLOT X': 0x2717,
  'HEAVY CHECK MARK': 0x2714, 'RIGHTWARDS ARROW': 0x2192, 'LEFTWARDS ARROW': 0x2190,
  'BLACK STAR': 0x2605, 'WHITE STAR': 0x2606, 'GREEK SMALL LETTER ALPHA': 0x3b1,
  'GREEK SMALL LETTER BETA': 0x3b2, 'GREEK SMALL LETTER PI': 0x3c0, 'GREEK CAPITAL LETTER DELTA': 0x394,
  'SNOWMAN': 0x2603, 'HOURGLASS': 0x231b, 'ZERO WIDTH SPACE': 0x200b, 'SPACE': 0x20,
  'LATIN SMALL LETTER E WITH ACUTE': 0xe9, 'INFINITY': 0x221e, 'MULTIPLICATION SIGN': 0xd7,
  'BOX DRAWINGS LIGHT HORIZONTAL': 0x2500, 'BOX DRAWINGS LIGHT VERTICAL': 0x2502,
  'FULL BLOCK': 0x2588, 'LIGHT SHADE': 0x2591, 'PARTY POPPER': 0x1f389, 'ROCKET': 0x1f680,
  'HOURGLASS WITH FLOWING SAND': 0x23f3, 'ALARM CLOCK': 0x23f0, 'STOPWATCH': 0x23f1,
};

function unicodeName(name: string): number | undefined {
  return UNICODE_NAMES[name.toUpperCase()];
}

/** Bytes value of a decoded bytes body (one char per byte). */
export function toBytes(decoded: string): Uint8Array {
  const out = new Uint8Array(decoded.length);
  for (let i = 0; i < decoded.length; i++) out[i] = decoded.charCodeAt(i) & 0xff;
  return out;
}
