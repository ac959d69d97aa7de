// Whole-program tests: run a Python program under the CPython oracle (test/oracle/oracle.py) and
// under the runtime (translator + runtime + these modules), and compare stdout, stderr and status.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { runCode } from '../../../src/runtime/session';
import '../../../src/runtime/wiring';

const ORACLE = path.join(__dirname, '../../oracle/oracle.py');
const DIR = path.join(os.tmpdir(), 'alab-lib-tests');
fs.mkdirSync(DIR, { recursive: true });

export interface Run { out: string; err: string; status: number }

function fileFor(name: string, src: string): string {
  const f = path.join(DIR, name.replace(/[^\w]+/g, '_') + '.py');
  fs.writeFileSync(f, src);
  return f;
}

export function runOracle(file: string): Run {
  const r = spawnSync('python3', [ORACLE, file], { encoding: 'utf8' });
  return { out: r.stdout, err: r.stderr, status: r.status ?? -1 };
}

export function runOurs(file: string): Run {
  let out = '', err = '';
  const src = fs.readFileSync(file, 'utf8');
  const r = runCode(src, file, { mode: 'module', stdout: (s) => { out += s; }, stderr: (s) => { err += s; } });
  return { out, err, status: r.status };
}

/** Assert that the program prints exactly what CPython prints. */
export function sameAsCPython(name: string, src: string, opts: { stderr?: boolean } = {}): void {
  const file = fileFor(name, src);
  const want = runOracle(file);
  const got = runOurs(file);
  assert.strictEqual(got.out, want.out, `stdout of ${name}`);
  if (opts.stderr !== false) assert.strictEqual(got.err, want.err, `stderr of ${name}`);
  assert.strictEqual(got.status, want.status, `status of ${name}\n${got.err}`);
}
