// Programs whose reference output comes from CPython on its real clock (test/oracle/plain.py):
// process pools, which the virtual-clock oracle does not model. Their output must not depend on
// time. The product runs them as usual (virtual clock).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { runOurs, Run } from './lib/_programs';

const PLAIN = path.join(__dirname, '../oracle/plain.py');
const DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'alab-plain-'));

export function runPlainCPython(file: string): Run {
  const r = spawnSync('python3', [PLAIN, file], { encoding: 'utf8', cwd: DIR, timeout: 60_000 });
  return { out: r.stdout, err: r.stderr, status: r.status ?? -1 };
}

/** The stdlib directory of this python3, which the product prints as /usr/lib/python3.11. */
const STDLIB = spawnSync('python3', ['-c', 'import asyncio,os;print(os.path.dirname(os.path.dirname(asyncio.__file__)))'], { encoding: 'utf8' }).stdout.trim();

/** Assert that the program prints what CPython prints (stdlib paths normalized). */
export function sameAsPlainCPython(name: string, src: string): Run {
  const file = path.join(DIR, name.replace(/[^\w]+/g, '_') + '.py');
  fs.writeFileSync(file, src);
  const want = runPlainCPython(path.basename(file));
  const cwd = process.cwd();
  process.chdir(DIR);
  let got: Run;
  try { got = runOurs(path.basename(file)); } finally { process.chdir(cwd); }
  const norm = (s: string) => s.split(STDLIB).join('<stdlib>').split('/usr/lib/python3.11').join('<stdlib>');
  assert.strictEqual(norm(got.out), norm(want.out), `stdout of ${name}`);
  assert.strictEqual(norm(got.err), norm(want.err), `stderr of ${name}`);
  assert.strictEqual(got.status, want.status, `status of ${name}`);
  return got;
}
