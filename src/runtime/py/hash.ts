// CPython 3.11's hash functions, bit for bit (PYTHONHASHSEED=0): siphash13 with a zero key for
// str/bytes, the Mersenne-prime reduction for numbers, xxHash-style tuplehash.
// Hashes are signed 64-bit values; internally we pass them as two int32 halves (hi, lo) and
// convert to a Python int (JS number when safe, else bigint) only at the edges.
'use strict';

/** Scratch output of the *Into functions: the signed high word and unsigned low word. */
export const H = { hi: 0, lo: 0 };

const TWO32 = 4294967296;
export const HASH_MODULUS = (1n << 61n) - 1n;
const MODULUS_N = 2305843009213693951n;

/** A Python int from a (hi, lo) hash pair. */
export function fromParts(hi: number, lo: number): number | bigint {
  if (hi >= -2097151 && hi <= 2097151) return hi * TWO32 + (lo >>> 0);
  return (BigInt(hi | 0) << 32n) | BigInt(lo >>> 0);
}

/** Split a Python int hash value into H.hi / H.lo. */
export function splitInto(h: number | bigint): void {
  if (typeof h === 'number') {
    H.lo = h >>> 0;
    H.hi = Math.floor(h / TWO32) | 0;
  } else {
    H.lo = Number(BigInt.asUintN(32, h));
    H.hi = Number(BigInt.asIntN(32, h >> 32n));
  }
}

// ---------------------------------------------------------------- siphash13

const S = new Uint32Array(8); // v0h v0l v1h v1l v2h v2l v3h v3l

function add(a: number, b: number) { // S[a] += S[b] (64-bit)
  const lo = S[a + 1] + S[b + 1];
  S[a] = S[a] + S[b] + (lo > 0xffffffff ? 1 : 0);
  S[a + 1] = lo;
}
function rotXor(b: number, s: number, a: number) { // S[b] = rotl(S[b], s) ^ S[a]
  const h = S[b], l = S[b + 1];
  S[b] = ((h << s) | (l >>> (32 - s))) ^ S[a];
  S[b + 1] = ((l << s) | (h >>> (32 - s))) ^ S[a + 1];
}
function swap32(a: number) { const t = S[a]; S[a] = S[a + 1]; S[a + 1] = t; }
function halfRound(a: number, b: number, c: number, d: number, s: number, t: number) {
  add(a, b); add(c, d);
  rotXor(b, s, a); rotXor(d, t, c);
  swap32(a);
}
function round() {
  halfRound(0, 2, 4, 6, 13, 16);
  halfRound(4, 2, 0, 6, 17, 21);
}

/** siphash13 with k0 = k1 = 0 over bytes[0..n); result in H. */
function siphash13(bytes: Uint8Array, n: number): void {
  S[0] = 0x736f6d65; S[1] = 0x70736575;
  S[2] = 0x646f7261; S[3] = 0x6e646f6d;
  S[4] = 0x6c796765; S[5] = 0x6e657261;
  S[6] = 0x74656462; S[7] = 0x79746573;
  let p = 0;
  while (n - p >= 8) {
    const ml = (bytes[p] | (bytes[p + 1] << 8) | (bytes[p + 2] << 16) | (bytes[p + 3] << 24)) >>> 0;
    const mh = (bytes[p + 4] | (bytes[p + 5] << 8) | (bytes[p + 6] << 16) | (bytes[p + 7] << 24)) >>> 0;
    S[6] ^= mh; S[7] ^= ml;
    round();
    S[0] ^= mh; S[1] ^= ml;
    p += 8;
  }
  let tl = 0, th = 0;
  for (let k = n - p - 1; k >= 0; k--) {
    const byte = bytes[p + k];
    if (k >= 4) th |= byte << ((k - 4) * 8); else tl |= byte << (k * 8);
  }
  const bh = (th | ((n & 0xff) << 24)) >>> 0, bl = tl >>> 0;
  S[6] ^= bh; S[7] ^= bl;
  round();
  S[0] ^= bh; S[1] ^= bl;
  S[5] ^= 0xff;
  round(); round(); round();
  H.hi = (S[0] ^ S[2] ^ S[4] ^ S[6]) | 0;
  H.lo = (S[1] ^ S[3] ^ S[5] ^ S[7]) >>> 0;
}

/** _Py_HashBytes: 0 for empty input, -1 becomes -2. Result in H. */
function hashBytesInto(bytes: Uint8Array, n: number): void {
  if (n === 0) { H.hi = 0; H.lo = 0; return; }
  siphash13(bytes, n);
  if (H.hi === -1 && H.lo === 0xffffffff) { H.lo = 0xfffffffe; }
}

let buf = new Uint8Array(256);
function need(n: number): Uint8Array {
  if (buf.length < n) buf = new Uint8Array(Math.max(n, buf.length * 2));
  return buf;
}

const strCache = new Map<string, number[]>();

/** Hash of a str over CPython's internal representation (UCS1/UCS2/UCS4). Result in H. */
export function strHashInto(s: string): void {
  const c = strCache.get(s);
  if (c !== undefined) { H.hi = c[0]; H.lo = c[1]; return; }
  const len = s.length;
  let max = 0;
  for (let i = 0; i < len; i++) { const u = s.charCodeAt(i); if (u > max) max = u; }
  let n: number;
  if (max < 0x100) {
    const b = need(len);
    for (let i = 0; i < len; i++) b[i] = s.charCodeAt(i);
    n = len;
  } else {
    let wide = false;
    if (max >= 0xd800) {
      for (let i = 0; i < len - 1; i++) {
        const u = s.charCodeAt(i);
        if (u >= 0xd800 && u < 0xdc00) { const v = s.charCodeAt(i + 1); if (v >= 0xdc00 && v < 0xe000) { wide = true; break; } }
      }
    }
    if (!wide) {
      const b = need(len * 2);
      for (let i = 0; i < len; i++) { const u = s.charCodeAt(i); b[2 * i] = u & 0xff; b[2 * i + 1] = u >>> 8; }
      n = len * 2;
    } else {
      const b = need(len * 4);
      n = 0;
      for (const ch of s) {
        const cp = ch.codePointAt(0)!;
        b[n] = cp & 0xff; b[n + 1] = (cp >>> 8) & 0xff; b[n + 2] = cp >>> 16; b[n + 3] = 0;
        n += 4;
      }
    }
  }
  hashBytesInto(buf, n);
  if (strCache.size >= 100000) strCache.clear();
  strCache.set(s, [H.hi, H.lo]);
}

export function hashStr(s: string): number | bigint {
  strHashInto(s);
  return fromParts(H.hi, H.lo);
}

export function bytesHashInto(b: Uint8Array): void { hashBytesInto(b, b.length); }
export function hashBytes(b: Uint8Array): number | bigint {
  hashBytesInto(b, b.length);
  return fromParts(H.hi, H.lo);
}

// ---------------------------------------------------------------- numbers

/** hash(int) */
export function hashInt(n: number | bigint | boolean): number | bigint {
  if (typeof n === 'boolean') return n ? 1 : 0;
  if (typeof n === 'number') return n === -1 ? -2 : n; // safe ints are below 2**61-1
  const neg = n < 0n;
  let h = (neg ? -n : n) % MODULUS_N;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  const r = Number(h);
  return Number.isSafeInteger(r) ? r : h;
}

export function intHashInto(n: number | bigint | boolean): void {
  if (typeof n === 'number') {
    if (n === -1) { H.hi = -1; H.lo = 0xfffffffe; return; }
    H.lo = n >>> 0; H.hi = Math.floor(n / TWO32) | 0;
    return;
  }
  if (typeof n === 'boolean') { H.hi = 0; H.lo = n ? 1 : 0; return; }
  splitInto(hashInt(n));
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** hash(float): the hash of the exact rational value, reduced mod 2**61-1. */
export function hashFloat(v: number): number | bigint {
  if (!Number.isFinite(v)) {
    if (v === Infinity) return 314159;
    if (v === -Infinity) return -314159;
    return 0; // NaN hashes by identity in CPython; callers that care use the object id
  }
  if (Number.isInteger(v)) {
    return Number.isSafeInteger(v) ? hashInt(v) : hashInt(BigInt(v));
  }
  f64[0] = v;
  const lo = u32[0], hi = u32[1];
  const exp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (exp === 0) e = -1074; else { m |= 1n << 52n; e = exp - 1075; }
  // value = m * 2**e with e < 0 here; 2**61 == 1 (mod P), so 2**e == 2**(e mod 61).
  const sh = ((e % 61) + 61) % 61;
  let h = (m % MODULUS_N) * ((1n << BigInt(sh)) % MODULUS_N) % MODULUS_N;
  if (v < 0) h = -h;
  if (h === -1n) h = -2n;
  const r = Number(h);
  return Number.isSafeInteger(r) ? r : h;
}

// ---------------------------------------------------------------- tuple

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;
const MASK64 = (1n << 64n) - 1n;

/** tuplehash over already-computed item hashes (Python ints). */
export function hashTupleOf(lanes: Array<number | bigint>): number | bigint {
  let acc = XXPRIME_5;
  for (const l of lanes) {
    const lane = BigInt.asUintN(64, typeof l === 'number' ? BigInt(l) : l);
    acc = (acc + lane * XXPRIME_2) & MASK64;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
    acc = (acc * XXPRIME_1) & MASK64;
  }
  acc = (acc + (BigInt(lanes.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
  if (acc === MASK64) return 1546275796;
  const s = BigInt.asIntN(64, acc);
  const r = Number(s);
  return Number.isSafeInteger(r) ? r : s;
}

// ---------------------------------------------------------------- frozenset

function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & MASK64;
}

/** frozenset_hash from the hashes of the active entries (CPython xors in every slot and then
 *  cancels the empty and deleted ones, which is the same thing). */
export function hashFrozensetOf(hashes: Array<number | bigint>): number | bigint {
  let h = 0n;
  for (const x of hashes) h ^= shuffleBits(BigInt.asUintN(64, BigInt(x)));
  h ^= ((BigInt(hashes.length) + 1n) * 1927868237n) & MASK64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & MASK64;
  if (h === MASK64) h = 590923713n;
  const s = BigInt.asIntN(64, h);
  const r = Number(s);
  return Number.isSafeInteger(r) ? r : s;
}
