// Test harness for the stdlib modules: evaluate Python expressions once in CPython (one subprocess
// per batch) and compare with the runtime's values rendered the same way.
import * as path from 'path';
import * as fs from 'fs';
import { execFileSync } from 'child_process';

/** Evaluate each expression after `setup` in CPython; returns repr() or `!ExcType: message`. */
export function pyEval(setup: string, exprs: string[]): string[] {
  const prog = `
import sys, json, random
random.seed(0)
${setup}
__out = []
for __e in json.loads(sys.stdin.read()):
    try:
        __out.append(repr(eval(__e)))
    except BaseException as __x:
        __out.append('!' + type(__x).__name__ + ': ' + str(__x))
print(json.dumps(__out))
`;
  const out = execFileSync('python3', ['-c', prog], { input: JSON.stringify(exprs), env: { ...process.env, PYTHONHASHSEED: '0', TZ: 'UTC' } });
  return JSON.parse(out.toString());
}

/** Run a whole Python program, returning stdout. */
export function pyRun(src: string): string {
  return execFileSync('python3', ['-c', src], { env: { ...process.env, PYTHONHASHSEED: '0', TZ: 'UTC' } }).toString();
}

export function exists(kernelFile: string): boolean {
  return fs.existsSync(path.join(__dirname, '../../../src/runtime/py', kernelFile + '.ts'));
}

import { PyFloat, None, typeName } from '../../../src/runtime/py/object';
import { isPyException, E, pyErr } from '../../../src/runtime/py/exceptions';
import { repr } from '../../../src/runtime/py/protocols';
import { floatRepr } from '../../../src/runtime/lib/_num';

function strRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}

/** repr() of a runtime value, independent of how far the kernel's reprs have got. */
export function show(v: any): string {
  if (v === undefined) return '<undefined>';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'string') return strRepr(v);
  if (v === None) return 'None';
  if (v instanceof PyFloat) return floatRepr(v.v);
  if (Array.isArray(v) && (v as any).$nt !== undefined) return repr(v);
  if (Array.isArray(v)) {
    const inner = v.map(show).join(', ');
    return (v as any).$t ? (v.length === 1 ? `(${inner},)` : `(${inner})`) : `[${inner}]`;
  }
  if (isPyException(v)) {
    const a = v.args;
    const msg = a.length === 1 ? (typeof a[0] === 'string' && !v.$cls.$mro.some((c: any) => c.$name === 'KeyError') ? a[0] : show(a[0])) : a.length ? show(a) : '';
    return `!${v.$cls.$name}: ${msg}`;
  }
  try { return repr(v); } catch (e) { return `<${typeName(v)} ${e}>`; }
}

/** Run a thunk; an exception becomes `!Type: msg` like pyEval's. */
export function attempt(f: () => any): string {
  try { return show(f()); } catch (e) { if (isPyException(e)) return show(e); throw e; }
}

// Bring up the kernel's builtin types (str/int/float/list dunders...) as a program run would.
import { setCallObject, callKw as callKwK } from '../../../src/runtime/py/call';
import { getattr as getattrK } from '../../../src/runtime/py/attrs';
try { require('../../../src/runtime/py/builtins'); } catch (e) { console.warn('harness: builtins failed to load:', String(e).slice(0, 200)); }
// Until the kernel installs its own: objects with __call__ are callable. (The same rule and error
// as runtime/wiring.ts: this may run after the wiring when other test files loaded it first.)
setCallObject((f: any, args: any[], kw: any) => {
  if (f && typeof f === 'object' && !Array.isArray(f) && f.__call__ !== undefined) return callKwK(getattrK(f, '__call__'), args, kw);
  throw pyErr(E.TypeError, `'${typeName(f)}' object is not callable`);
});
