// Test helpers for the container modules: run CPython 3.11 (PYTHONHASHSEED=0) as the oracle and
// evaluate JS thunks against the runtime, both rendered as repr text or "ExcType: message".
import { execFileSync } from 'child_process';
import '../../../src/runtime/py/objectDunders';
import '../../../src/runtime/py/opsIntDunders';
import '../../../src/runtime/py/opsFloatDunders';
import '../../../src/runtime/py/builtinsContainers';
import { repr } from '../../../src/runtime/py/protocols';

const SEP = '\u0001';

/** Run a Python program; returns its stdout. */
export function python(code: string): string {
  return execFileSync('python3', ['-'], {
    input: code,
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' },
    encoding: 'utf8', maxBuffer: 64 << 20,
  });
}

/** Evaluate each snippet in CPython: the value of the last line (an expression), as repr,
 *  or "ExcType: message". Earlier lines are statements. */
export function pyResults(snippets: string[]): string[] {
  const prog = `
import sys, json
snips = ${JSON.stringify(JSON.stringify(snippets))}
out = []
for src in json.loads(snips):
    lines = src.split('\\n')
    ns = {}
    try:
        exec('\\n'.join(lines[:-1]), ns)
        out.append(repr(eval(lines[-1], ns)))
    except Exception as e:
        out.append(type(e).__name__ + ': ' + str(e))
sys.stdout.write(${JSON.stringify(SEP)}.join(out))
`;
  return python(prog).split(SEP);
}

/** The repr of a thunk's result, or "ExcType: message" if it raised a Python exception. */
export function jsResult(f: () => any): string {
  try {
    return repr(f());
  } catch (e: any) {
    if (e && e.$cls) return `${e.$cls.$name}: ${e.args.length ? (e.$cls.$name === 'KeyError' ? repr(e.args[0]) : String(e.args[0])) : ''}`;
    throw e;
  }
}

/** Compare a table of [python snippet, js thunk] pairs; returns mismatch descriptions. */
export function compareAll(cases: Array<[string, () => any]>): string[] {
  const expected = pyResults(cases.map(c => c[0]));
  const bad: string[] = [];
  cases.forEach(([src, f], i) => {
    let got: string;
    try { got = jsResult(f); } catch (e: any) { got = `JS ERROR ${String(e?.stack ?? e).split('\n').slice(0, 4).join('\n')}`; }
    if (got !== expected[i]) bad.push(`${src}\n   python: ${expected[i]}\n   js:     ${got}`);
  });
  return bad;
}
