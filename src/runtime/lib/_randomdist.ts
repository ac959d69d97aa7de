// The real-valued distributions of Random, transcribed from CPython 3.11's Lib/random.py.
import { None } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { truthy } from '../py/protocols';
import { toF, f, isInt, intSub } from './_num';
import { fm, floatMod } from './_fmath';

const TWOPI = 6.283185307179586;
const NV_MAGICCONST = 1.7155277699214135;
const LOG4 = 1.3862943611198906;
const SG_MAGICCONST = 2.504077396776274;

const intLike = (v: any) => isInt(v) || typeof v === 'boolean';
const asInt = (v: any) => (typeof v === 'boolean' ? (v ? 1 : 0) : v);
/** b - a as a Python number, returned as a JS double (exact int subtraction first, as CPython). */
function diff(b: any, a: any): number {
  if (intLike(a) && intLike(b)) return toF(intSub(asInt(b), asInt(a)));
  return toF(b) - toF(a);
}
function fdiv(a: number, b: number): number {
  if (b === 0) throw pyErr(E.ZeroDivisionError, 'float division by zero');
  return a / b;
}

type Def = (name: string, spec: string[], impl: (this: any, ...a: any[]) => any, defaults?: any[]) => any;

export function distributionMethods(m: Def, rnd: (self: any) => number): Record<string, any> {
  function normal(self: any, mu: any, sigma: any): number {
    let z: number;
    for (;;) {
      const u1 = rnd(self);
      const u2 = 1.0 - rnd(self);
      z = NV_MAGICCONST * (u1 - 0.5) / u2;
      const zz = z * z / 4.0;
      if (zz <= -fm.log(u2)) break;
    }
    return toF(mu) + z * toF(sigma);
  }
  function gamma(self: any, alpha: number, beta: number): number {
    if (alpha <= 0.0 || beta <= 0.0) throw pyErr(E.ValueError, 'gammavariate: alpha and beta must be > 0.0');
    if (alpha > 1.0) {
      const ainv = fm.sqrt(2.0 * alpha - 1.0);
      const bbb = alpha - LOG4;
      const ccc = alpha + ainv;
      for (;;) {
        const u1 = rnd(self);
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1.0 - rnd(self);
        const v = fm.log(u1 / (1.0 - u1)) / ainv;
        const x = alpha * fm.exp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= fm.log(z)) return x * beta;
      }
    } else if (alpha === 1.0) {
      return -fm.log(1.0 - rnd(self)) * beta;
    }
    let x: number;
    for (;;) {
      const u = rnd(self);
      const b = (Math.E + alpha) / Math.E;
      const p = b * u;
      if (p <= 1.0) x = fm.pow(p, 1.0 / alpha);
      else x = -fm.log((b - p) / alpha);
      const u1 = rnd(self);
      if (p > 1.0) { if (u1 <= fm.pow(x, alpha - 1.0)) break; }
      else if (u1 <= fm.exp(-x)) break;
    }
    return x * beta;
  }
  return {
    uniform: m('uniform', ['a', 'b'], function (a, b) { return f(toF(a) + diff(b, a) * rnd(this)); }),
    triangular: m('triangular', ['low=', 'high=', 'mode='], function (low, high, mode) {
      let u = rnd(this);
      let c: number;
      if (mode === None) c = 0.5;
      else {
        const den = diff(high, low);
        if (den === 0) return low;
        c = diff(mode, low) / den;
      }
      if (u > c) { u = 1.0 - u; c = 1.0 - c; [low, high] = [high, low]; }
      return f(toF(low) + diff(high, low) * fm.sqrt(u * c));
    }, [f(0.0), f(1.0), None]),
    normalvariate: m('normalvariate', ['mu=', 'sigma='], function (mu, sigma) { return f(normal(this, mu, sigma)); }, [f(0.0), f(1.0)]),
    gauss: m('gauss', ['mu=', 'sigma='], function (mu, sigma) {
      let z = this.gauss_next;
      this.gauss_next = None;
      if (z === None) {
        const x2pi = rnd(this) * TWOPI;
        const g2rad = fm.sqrt(-2.0 * fm.log(1.0 - rnd(this)));
        z = f(fm.cos(x2pi) * g2rad);
        this.gauss_next = f(fm.sin(x2pi) * g2rad);
      }
      return f(toF(mu) + toF(z) * toF(sigma));
    }, [f(0.0), f(1.0)]),
    lognormvariate: m('lognormvariate', ['mu', 'sigma'], function (mu, sigma) { return f(fm.exp(normal(this, mu, sigma))); }),
    expovariate: m('expovariate', ['lambd'], function (lambd) { return f(fdiv(-fm.log(1.0 - rnd(this)), toF(lambd))); }),
    vonmisesvariate: m('vonmisesvariate', ['mu', 'kappa'], function (mu, kappa) {
      const k = toF(kappa);
      if (k <= 1e-6) return f(TWOPI * rnd(this));
      const s = 0.5 / k;
      const r = s + fm.sqrt(1.0 + s * s);
      let z: number;
      for (;;) {
        const u1 = rnd(this);
        z = fm.cos(Math.PI * u1);
        const d = z / (r + z);
        const u2 = rnd(this);
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * fm.exp(d)) break;
      }
      const q = 1.0 / r;
      const ff = (q + z) / (1.0 + q * z);
      const u3 = rnd(this);
      const theta = u3 > 0.5 ? floatMod(toF(mu) + fm.acos(ff), TWOPI) : floatMod(toF(mu) - fm.acos(ff), TWOPI);
      return f(theta);
    }),
    gammavariate: m('gammavariate', ['alpha', 'beta'], function (alpha, beta) { return f(gamma(this, toF(alpha), toF(beta))); }),
    betavariate: m('betavariate', ['alpha', 'beta'], function (alpha, beta) {
      const y = gamma(this, toF(alpha), 1.0);
      if (truthy(f(y))) return f(y / (y + gamma(this, toF(beta), 1.0)));
      return f(0.0);
    }),
    paretovariate: m('paretovariate', ['alpha'], function (alpha) {
      const u = 1.0 - rnd(this);
      return f(fm.pow(u, fdiv(-1.0, toF(alpha))));
    }),
    weibullvariate: m('weibullvariate', ['alpha', 'beta'], function (alpha, beta) {
      const u = 1.0 - rnd(this);
      return f(toF(alpha) * fm.pow(-fm.log(u), fdiv(1.0, toF(beta))));
    }),
  };
}
