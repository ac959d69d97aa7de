// The libm functions the stdlib modules use. CPython calls glibc's libm, which is within about
// 0.5 ulp; V8's Math.* differ from it by one ulp in a few percent of cases. `fm` uses the
// correctly rounded versions of _libm.ts, which agree with glibc except in roughly 1 case in
// 1000 (glibc is not exactly correctly rounded either).
import * as L from './_libm';
export interface Libm {
  log(x: number): number;
  exp(x: number): number;
  cos(x: number): number;
  sin(x: number): number;
  acos(x: number): number;
  pow(x: number, y: number): number;
  sqrt(x: number): number;
}

export const fm: Libm = {
  log: L.log, exp: L.exp, cos: L.cos, sin: L.sin, acos: L.acos, pow: L.pow, sqrt: Math.sqrt,
};

export function setLibm(impl: Partial<Libm>) { Object.assign(fm, impl); }

/** Python's float % (result has the sign of the divisor). */
export function floatMod(vx: number, wx: number): number {
  let mod = vx % wx;
  if (mod) { if ((wx < 0) !== (mod < 0)) mod += wx; } else mod = wx < 0 ? -0 : 0;
  return mod;
}
