// Numeric builtins: abs divmod pow round hex oct bin sum format. Loading this module also
// installs the int/bool/float class dicts and constructors.
import { None, typeName, PyFloat } from './object';
import { E, pyErr } from './exceptions';
import { pyfunc } from './call';
import { lookupSpecial, callSpecial } from './attrs';
import { iter } from './protocols';
import { index, intToBase } from './int';
import { add } from './ops';
import { abs, divmod, pow3 } from './opsUnary';
import { format } from './format';
import './opsIntDunders';
import './opsFloatDunders';
import '../lib/mathLibm';

function round(number: any, ndigits: any): any {
  const f = typeof number === 'string' || Array.isArray(number) ? undefined : lookupSpecial(number, '__round__');
  if (typeof f !== 'function') throw pyErr(E.TypeError, `type ${typeName(number)} doesn't define __round__ method`);
  return ndigits === None ? callSpecial(f, number) : callSpecial(f, number, ndigits);
}

function sum(iterable: any, start: any): any {
  if (typeof start === 'string') throw pyErr(E.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  const sn = typeof start === 'object' && start !== null && !Array.isArray(start) ? typeName(start) : '';
  if (sn === 'bytes') throw pyErr(E.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  if (sn === 'bytearray') throw pyErr(E.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  let acc = start;
  if (Array.isArray(iterable)) {
    for (let i = 0; i < iterable.length; i++) acc = add(acc, iterable[i]);
    return acc;
  }
  for (const x of iter(iterable)) acc = add(acc, x);
  return acc;
}

function formatBuiltin(v: any, spec: any): string {
  if (typeof spec !== 'string') throw pyErr(E.TypeError, `format() argument 2 must be str, not ${typeName(spec)}`);
  return format(v, spec);
}

export const numericBuiltins: Record<string, any> = {
  abs: pyfunc('abs', ['x', '/'], abs),
  divmod: pyfunc('divmod', ['x', 'y', '/'], divmod),
  pow: pyfunc('pow', ['base', 'exp', 'mod='], pow3, [None]),
  round: pyfunc('round', ['number', 'ndigits='], round, [None]),
  hex: pyfunc('hex', ['number', '/'], (v: any) => intToBase(index(v), 16)),
  oct: pyfunc('oct', ['number', '/'], (v: any) => intToBase(index(v), 8)),
  bin: pyfunc('bin', ['number', '/'], (v: any) => intToBase(index(v), 2)),
  sum: pyfunc('sum', ['iterable', '/', 'start='], sum, [0]),
  format: pyfunc('format', ['value', 'format_spec=', '/'], formatBuiltin, ['']),
};
void PyFloat;
