// MT19937 exactly as CPython's Modules/_randommodule.c (init_genrand, init_by_array,
// genrand_uint32, random(), getrandbits()), so seeded sequences match CPython bit for bit.
import { Int, normInt } from './_num';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export class MT19937 {
  state = new Uint32Array(N);
  index = N + 1;

  initGenrand(s: number): void {
    const mt = this.state;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, p) + i) >>> 0;
    }
    this.index = N;
  }

  initByArray(key: ArrayLike<number>): void {
    const mt = this.state;
    const len = key.length;
    this.initGenrand(19650218);
    let i = 1, j = 0;
    for (let k = N > len ? N : len; k; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(p, 1664525)) + key[j] + j) >>> 0;
      i++; j++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k; k--) {
      const p = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(p, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000;
  }

  /** Seed from a non-negative integer, split into 32-bit little-endian chunks. */
  seedInt(n: bigint): void {
    const key: number[] = [];
    if (n === 0n) key.push(0);
    while (n > 0n) { key.push(Number(n & 0xffffffffn)); n >>= 32n; }
    this.initByArray(key);
  }

  genrandUint32(): number {
    const mt = this.state;
    if (this.index >= N) {
      let kk = 0;
      let y: number;
      for (; kk < N - M; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  random(): number {
    const a = this.genrandUint32() >>> 5;
    const b = this.genrandUint32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** k >= 0 random bits (k validated by the caller). */
  getrandbits(k: number): Int {
    if (k === 0) return 0;
    if (k <= 32) return this.genrandUint32() >>> (32 - k);
    if (k <= 53) {
      // Two words, least significant first (same draws as the general path).
      const lo = this.genrandUint32();
      const hi = this.genrandUint32() >>> (64 - k);
      return hi * 4294967296 + lo;
    }
    let r = 0n;
    let shift = 0n;
    for (; k > 0; k -= 32, shift += 32n) {
      let w = this.genrandUint32();
      if (k < 32) w >>>= 32 - k;
      r |= BigInt(w) << shift;
    }
    return normInt(r);
  }

  getState(): number[] {
    return [...this.state, this.index];
  }

  setState(words: number[], index: number): void {
    this.state.set(words);
    this.index = index;
  }
}
