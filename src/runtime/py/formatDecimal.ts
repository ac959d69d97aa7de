// Correctly rounded decimal conversion of doubles (CPython's PyOS_double_to_string with dtoa):
// a double is m * 2**e, so its decimal expansion is exact and finite; we round it half-to-even.
import { decompose, shortestDigits } from './float';

const pow5cache: bigint[] = [1n];
function pow5(k: number): bigint {
  let p = pow5cache[k];
  if (p === undefined) { p = 5n ** BigInt(k); if (k < 1100) pow5cache[k] = p; }
  return p;
}

/** Exact decimal digits of |x| (finite, nonzero): |x| = 0.DIGITS * 10**decpt, no trailing zeros. */
export function exactDigits(x: number): { digits: string; decpt: number } {
  const { m, e } = decompose(x);
  let s: string, decpt: number;
  if (e >= 0) { s = (m << BigInt(e)).toString(); decpt = s.length; }
  else { s = (m * pow5(-e)).toString(); decpt = s.length + e; }
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
  return { digits: s.slice(0, end), decpt };
}

/** Round 0.DIGITS * 10**decpt to `keep` significant digits (keep may be <= 0), half to even.
 *  Returns digits with trailing zeros stripped ('' for zero) and the new decpt. */
export function roundDigits(digits: string, decpt: number, keep: number): { digits: string; decpt: number } {
  const n = digits.length;
  if (keep >= n) return { digits, decpt };
  if (keep < 0) return { digits: '', decpt };
  let up: boolean;
  const d = digits.charCodeAt(keep) - 48;
  if (d > 5) up = true;
  else if (d < 5) up = false;
  else if (n > keep + 1) up = true; // digits beyond are nonzero (trailing zeros were stripped)
  else up = keep > 0 && ((digits.charCodeAt(keep - 1) - 48) & 1) === 1;
  let head = digits.slice(0, keep);
  if (up) {
    let i = keep - 1;
    while (i >= 0 && head[i] === '9') i--;
    if (i < 0) return { digits: '1', decpt: decpt + 1 };
    head = head.slice(0, i) + String.fromCharCode(head.charCodeAt(i) + 1);
  } else {
    let end = head.length;
    while (end > 0 && head.charCodeAt(end - 1) === 48) end--;
    head = head.slice(0, end);
  }
  return { digits: head, decpt };
}

export const DTSF_SIGN = 1, DTSF_ADD_DOT_0 = 2, DTSF_ALT = 4, DTSF_NO_NEG_0 = 8;

/** PyOS_double_to_string(x, code, precision, flags): code is one of e E f F g G r ('r' = repr,
 *  precision ignored). Returns the text with sign. */
export function doubleToString(x: number, code: string, precision: number, flags: number): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  let c = upper ? code.toLowerCase() : code;
  let neg = x < 0 || (x === 0 && 1 / x < 0);
  if (x !== x || x === Infinity || x === -Infinity) {
    if (x !== x) neg = false;
    const body = x !== x ? 'nan' : 'inf';
    const sign = neg ? '-' : (flags & DTSF_SIGN) ? '+' : '';
    return sign + (upper ? body.toUpperCase() : body);
  }
  let digits: string, decpt: number;
  let vend: number;
  let useExp = false;
  if (c === 'e') precision += 1;
  else if (c === 'g' && precision === 0) precision = 1;
  if (x === 0) { digits = '0'; decpt = 1; }
  else if (c === 'r') ({ digits, decpt } = shortestDigits(x));
  else {
    const ex = exactDigits(x);
    const keep = c === 'f' ? ex.decpt + precision : precision;
    ({ digits, decpt } = roundDigits(ex.digits, ex.decpt, keep));
    if (digits === '') decpt = -precision;
  }
  if ((flags & DTSF_NO_NEG_0) && neg && (digits === '' || digits === '0')) neg = false;
  const addDot0 = (flags & DTSF_ADD_DOT_0) !== 0, alt = (flags & DTSF_ALT) !== 0;
  vend = digits.length;
  switch (c) {
    case 'e': useExp = true; vend = precision; break;
    case 'f': vend = decpt + precision; break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vend = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) { exp = decpt - 1; decpt = 1; }
  const vstart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vend = vend > decpt ? vend : decpt + 1;
  else vend = vend > decpt ? vend : decpt;
  let out = neg ? '-' : (flags & DTSF_SIGN) ? '+' : '';
  out += vdigits(digits, vstart, decpt);
  if (decpt < vend) out += '.' + vdigits(digits, decpt, vend);
  else if (alt) out += '.';
  if (useExp) {
    const ae = exp < 0 ? -exp : exp;
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
  }
  return out;
}

/** digits[a:b] of the virtual string 000..DIGITS000.. (indices relative to DIGITS). */
function vdigits(digits: string, a: number, b: number): string {
  if (a >= b) return '';
  let s = '';
  if (a < 0) { s = '0'.repeat(Math.min(-a, b - a)); a = 0; }
  if (a < digits.length && a < b) s += digits.slice(a, Math.min(b, digits.length));
  const have = Math.max(digits.length, a);
  if (b > have) s += '0'.repeat(b - have);
  return s;
}

/** round(x, ndigits) for a finite float (CPython double_round): correctly rounded via the exact
 *  decimal value, then read back. Returns NaN-free double; caller checks overflow. */
export function roundFloatDigits(x: number, ndigits: number): number {
  if (x === 0) return x;
  const ex = exactDigits(x);
  const { digits, decpt } = roundDigits(ex.digits, ex.decpt, ex.decpt + ndigits);
  if (digits === '') return x < 0 ? -0 : 0;
  const r = Number(`${x < 0 ? '-' : ''}0.${digits}e${decpt}`);
  return r;
}
