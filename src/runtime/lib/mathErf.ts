// erf and erfc: glibc uses fdlibm's s_erf.c; this is that algorithm (same coefficients), with the
// correctly rounded exp in place of glibc's __ieee754_exp.
import { crExp } from './mathLibm';

const erx = 8.45062911510467529297e-01, efx = 1.28379167095512586316e-01;
const efx8 = 1.02703333676410069053e+00, pp0 = 1.28379167095512558561e-01;
const pp1 = -3.25042107247001499370e-01, pp2 = -2.84817495755985104766e-02;
const pp3 = -5.77027029648944159157e-03, pp4 = -2.37630166566501626084e-05;
const qq1 = 3.97917223959155352819e-01, qq2 = 6.50222499887672944485e-02;
const qq3 = 5.08130628187576562776e-03, qq4 = 1.32494738004321644526e-04;
const qq5 = -3.96022827877536812320e-06, pa0 = -2.36211856075265944077e-03;
const pa1 = 4.14856118683748331666e-01, pa2 = -3.72207876035701323847e-01;
const pa3 = 3.18346619901161753674e-01, pa4 = -1.10894694282396677476e-01;
const pa5 = 3.54783043256182359371e-02, pa6 = -2.16637559486879084300e-03;
const qa1 = 1.06420880400844228286e-01, qa2 = 5.40397917702171048937e-01;
const qa3 = 7.18286544141962662868e-02, qa4 = 1.26171219808761642112e-01;
const qa5 = 1.36370839120290507362e-02, qa6 = 1.19844998467991074170e-02;
const ra0 = -9.86494403484714822705e-03, ra1 = -6.93858572707181764372e-01;
const ra2 = -1.05586262253232909814e+01, ra3 = -6.23753324503260060396e+01;
const ra4 = -1.62396669462573470355e+02, ra5 = -1.84605092906711035994e+02;
const ra6 = -8.12874355063065934246e+01, ra7 = -9.81432934416914548592e+00;
const sa1 = 1.96512716674392571292e+01, sa2 = 1.37657754143519042600e+02;
const sa3 = 4.34565877475229228821e+02, sa4 = 6.45387271733267880336e+02;
const sa5 = 4.29008140027567833386e+02, sa6 = 1.08635005541779435134e+02;
const sa7 = 6.57024977031928170135e+00, sa8 = -6.04244152148580987438e-02;
const rb0 = -9.86494292470009928597e-03, rb1 = -7.99283237680523006574e-01;
const rb2 = -1.77579549177547519889e+01, rb3 = -1.60636384855821916062e+02;
const rb4 = -6.37566443368389627722e+02, rb5 = -1.02509513161107724954e+03;
const rb6 = -4.83519191608651397019e+02, sb1 = 3.03380607434824582924e+01;
const sb2 = 3.25792512996573918826e+02, sb3 = 1.53672958608443695994e+03;
const sb4 = 3.19985821950859553908e+03, sb5 = 2.55305040643316442583e+03;
const sb6 = 4.74528541206955367215e+02, sb7 = -2.24409524465858183362e+01;

const f64 = new Float64Array(1), u32 = new Uint32Array(f64.buffer);
function hiWord(x: number): number { f64[0] = x; return u32[1] | 0; }
function clearLo(x: number): number { f64[0] = x; u32[0] = 0; return f64[0]; }

function tail(x: number, ix: number, erfcCut: boolean): number {
  // exp(-x^2 - 0.5625 + R/S), with x^2 split exactly as fdlibm does
  const s = 1 / (x * x);
  let R: number, S: number;
  const s2 = s * s, s4 = s2 * s2, s6 = s4 * s2;
  if (ix < (erfcCut ? 0x4006DB6D : 0x4006DB6E)) {
    const s8 = s4 * s4;
    R = (ra0 + s * ra1) + s2 * (ra2 + s * ra3) + s4 * (ra4 + s * ra5) + s6 * (ra6 + s * ra7);
    S = (1 + s * sa1) + s2 * (sa2 + s * sa3) + s4 * (sa4 + s * sa5) + s6 * (sa6 + s * sa7) + s8 * sa8;
  } else {
    R = (rb0 + s * rb1) + s2 * (rb2 + s * rb3) + s4 * (rb4 + s * rb5) + s6 * rb6;
    S = (1 + s * sb1) + s2 * (sb2 + s * sb3) + s4 * (sb4 + s * sb5) + s6 * (sb6 + s * sb7);
  }
  const z = clearLo(x);
  return crExp(-z * z - 0.5625) * crExp((z - x) * (z + x) + R / S);
}

export function fdErf(x: number): number {
  const hx = hiWord(x), ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x !== x ? x : (x > 0 ? 1 : -1);
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.0625 * (16.0 * x + (16.0 * efx) * x);
      return x + efx * x;
    }
    const z = x * x, z2 = z * z, z4 = z2 * z2;
    const r = (pp0 + z * pp1) + z2 * (pp2 + z * pp3) + z4 * pp4;
    const s = (1 + z * qq1) + z2 * (qq2 + z * qq3) + z4 * (qq4 + z * qq5);
    return x + x * (r / s);
  }
  if (ix < 0x3ff40000) {
    const s = Math.abs(x) - 1, s2 = s * s, s4 = s2 * s2, s6 = s4 * s2;
    const P = (pa0 + s * pa1) + s2 * (pa2 + s * pa3) + s4 * (pa4 + s * pa5) + s6 * pa6;
    const Q = (1 + s * qa1) + s2 * (qa2 + s * qa3) + s4 * (qa4 + s * qa5) + s6 * qa6;
    return hx >= 0 ? erx + P / Q : -erx - P / Q;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1 : -1;
  const a = Math.abs(x);
  const r = tail(a, ix, false);
  return hx >= 0 ? 1 - r / a : r / a - 1;
}

export function fdErfc(x: number): number {
  const hx = hiWord(x), ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x !== x ? x : (x > 0 ? 0 : 2);
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const z = x * x, z2 = z * z, z4 = z2 * z2;
    const r = (pp0 + z * pp1) + z2 * (pp2 + z * pp3) + z4 * pp4;
    const s = (1 + z * qq1) + z2 * (qq2 + z * qq3) + z4 * (qq4 + z * qq5);
    const y = r / s;
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    let t = x * y;
    t += x - 0.5;
    return 0.5 - t;
  }
  if (ix < 0x3ff40000) {
    const s = Math.abs(x) - 1, s2 = s * s, s4 = s2 * s2, s6 = s4 * s2;
    const P = (pa0 + s * pa1) + s2 * (pa2 + s * pa3) + s4 * (pa4 + s * pa5) + s6 * pa6;
    const Q = (1 + s * qa1) + s2 * (qa2 + s * qa3) + s4 * (qa4 + s * qa5) + s6 * qa6;
    if (hx >= 0) return (1 - erx) - P / Q;
    return 1 + (erx + P / Q);
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2;
    const a = Math.abs(x);
    const r = tail(a, ix, true);
    return hx > 0 ? r / a : 2 - r / a;
  }
  return hx > 0 ? 0 : 2;
}
