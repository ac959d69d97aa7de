// Golden programs: each test/fixtures/programs/*.py must print exactly what CPython 3.11 printed
// under the oracle (stdout, stderr with the stdlib path normalised to <stdlib>, exit status).
// KNOWN_FAILING.txt lists programs that do not match yet: they are run too, and must still fail,
// so the list can only shrink (remove a name when its program starts passing).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runProgram } from '../src/runner';
import { STDLIB_PREFIX } from '../src/runtime/py/traceback';

const DIR = 'test/fixtures/programs';
const read = (p: string) => (fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined);
const known = new Set((read(path.join(DIR, 'KNOWN_FAILING.txt')) ?? '').split('\n').map(s => s.trim()).filter(s => s && !s.startsWith('#')));
const programs = fs.readdirSync(DIR).filter(f => f.endsWith('.py') && fs.existsSync(path.join(DIR, f.replace(/\.py$/, '.out')))).sort();

async function check(f: string): Promise<string | undefined> {
  const p = path.join(DIR, f).split(path.sep).join('/');
  const expOut = read(p.replace(/\.py$/, '.out')) ?? '';
  const expErr = read(p.replace(/\.py$/, '.err')) ?? '';
  const expCode = Number((read(p.replace(/\.py$/, '.code')) ?? '0').trim());
  let out = '', err = '';
  const code = await runProgram(fs.readFileSync(p, 'utf8'), p, { stdout: s => { out += s; }, stderr: s => { err += s; } });
  err = err.split(STDLIB_PREFIX).join('<stdlib>');
  if (out !== expOut) return `stdout differs:\n--- expected\n${expOut}--- got\n${out}`;
  if (err !== expErr) return `stderr differs:\n--- expected\n${expErr}--- got\n${err}`;
  if (code !== expCode) return `exit status ${code}, expected ${expCode}`;
  return undefined;
}

describe('golden programs (byte for byte against CPython 3.11)', () => {
  let passed = 0;
  after(() => console.log(`      golden: ${passed}/${programs.length} programs pass byte-for-byte`));
  for (const f of programs) {
    const name = f.replace(/\.py$/, '');
    if (known.has(name)) {
      it(`${name} (known failing: must still differ)`, async () => {
        const problem = await check(f);
        assert.ok(problem, `${name} now passes: remove it from KNOWN_FAILING.txt`);
      });
    } else {
      it(name, async () => {
        const problem = await check(f);
        assert.strictEqual(problem, undefined, problem);
        passed++;
      });
    }
  }
});
