// `asyncio-lab check FILE.py` (src/cli/check.ts): output format and exit status.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkCommand } from '../../src/cli/check';

const FIX = path.join(__dirname, '..', 'fixtures', 'language');

function run(file: string): { code: number; out: string } {
  let out = '';
  const code = checkCommand(file, fs.readFileSync(path.join(FIX, file), 'utf8'), (s) => { out += s; });
  return { code, out };
}

describe('cli: asyncio-lab check', () => {
  it('prints file:line:col: CODE message for mistakes.py and exits 1', () => {
    const r = run('mistakes.py');
    assert.strictEqual(r.code, 1);
    assert.strictEqual(r.out, fs.readFileSync(path.join(FIX, 'mistakes.expected'), 'utf8'));
    for (const line of r.out.trimEnd().split('\n')) assert.match(line, /^mistakes\.py:\d+:\d+: ALAB00\d \S/);
  });
  it('prints nothing for clean.py and exits 0', () => {
    assert.deepStrictEqual(run('clean.py'), { code: 0, out: '' });
  });
});
