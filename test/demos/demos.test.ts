// The demo notebooks: every one runs headless through the CLI (`node dist/cli.js run`) and prints,
// cell by cell, exactly its saved outputs; and the saved outputs are exactly what CPython prints
// under the virtual-clock oracle (scripts/demos/save-outputs.py --check). Needs a build
// (`npm run build`) for dist/cli.js.
//
// test/demos/KNOWN_FAILING.txt is a ratchet, as for the golden programs: a demo listed there is
// one our runtime cannot run like CPython yet. It is still run and must still FAIL, so the list
// can only shrink: when it starts passing, remove it from the list.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEMOS, KITCHEN_DEMO_FILE } from '../../src/demos/catalog';

const ROOT = path.resolve(__dirname, '..', '..');
const DEMO_DIR = path.join(ROOT, 'demos');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const SEP = '\x1e\n';
// A cell that marks the end of the previous cell on both streams; it is not one of the demo's cells.
const KNOWN_FAILING = new Set(fs.readFileSync(path.join(__dirname, 'KNOWN_FAILING.txt'), 'utf8')
  .split('\n').map(l => l.replace(/#.*/, '').trim()).filter(Boolean));
const MARKER_CELL = "import sys as _demo_sys\nprint('\\x1e')\nprint('\\x1e', file=_demo_sys.stderr)\n";

type CellOutput = { stdout: string; stderr: string };
const joinSrc = (s: unknown) => (Array.isArray(s) ? s.join('') : String(s ?? ''));

function readNotebook(file: string): any {
  return JSON.parse(fs.readFileSync(path.join(DEMO_DIR, file), 'utf8'));
}

function savedOutputs(nb: any): CellOutput[] {
  return nb.cells.filter((c: any) => c.cell_type === 'code').map((c: any) => {
    const o: CellOutput = { stdout: '', stderr: '' };
    for (const out of c.outputs ?? []) {
      assert.strictEqual(out.output_type, 'stream', 'demo outputs are stream outputs only');
      o[out.name as 'stdout' | 'stderr'] += joinSrc(out.text);
    }
    return o;
  });
}

function runCli(file: string) {
  return spawnSync(process.execPath, [CLI, 'run', file, '--timeout', '60'], { cwd: ROOT, encoding: 'utf8' });
}

/** Runs the notebook through the CLI with a marker cell after each code cell; output per cell. */
function cliOutputs(nb: any): { cells: CellOutput[]; status: number | null; stderr: string } {
  const cells: any[] = [];
  for (const c of nb.cells) {
    if (c.cell_type !== 'code') continue;
    cells.push({ ...c, outputs: [] }, { cell_type: 'code', metadata: {}, outputs: [], execution_count: null, source: MARKER_CELL });
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'asyncio-lab-demo-'));
  const file = path.join(tmp, 'demo.ipynb');
  try {
    fs.writeFileSync(file, JSON.stringify({ ...nb, cells }));
    const r = runCli(file);
    const out = r.stdout.split(SEP);
    const err = r.stderr.split(SEP);
    const n = cells.length / 2;
    return { cells: Array.from({ length: n }, (_, i) => ({ stdout: out[i] ?? '', stderr: err[i] ?? '' })), status: r.status, stderr: r.stderr };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function checkCli(file: string, nb: any) {
  const whole = runCli(path.join(DEMO_DIR, file));
  assert.strictEqual(whole.status, 0, `asyncio-lab run demos/${file} failed:\n${whole.stderr}`);
  const want = savedOutputs(nb);
  assert.strictEqual(whole.stdout, want.map(c => c.stdout).join(''), 'stdout of the whole run');
  const got = cliOutputs(nb);
  assert.strictEqual(got.status, 0, got.stderr);
  assert.deepStrictEqual(got.cells, want);
}

describe('demo notebooks', function () {
  this.timeout(120_000);
  const files = fs.readdirSync(DEMO_DIR).filter(f => f.endsWith('.ipynb')).sort();

  before(function () {
    if (!fs.existsSync(CLI)) throw new Error(`${path.relative(ROOT, CLI)} is missing: run \`npm run build\` before the demo tests`);
  });

  it('the catalog lists 13 demos whose files exist, and every demo file is in the catalog', function () {
    assert.strictEqual(DEMOS.length, 13);
    assert.strictEqual(new Set(DEMOS.map(d => d.id)).size, 13, 'demo ids are unique');
    const listed = new Set([...DEMOS.map(d => d.file), KITCHEN_DEMO_FILE]);
    assert.deepStrictEqual(files, [...listed].sort());
    for (const d of DEMOS) assert.ok(d.title && d.description && !d.description.includes('\n'), `${d.id}: title and one-line description`);
  });

  it('KNOWN_FAILING.txt names only existing demos', function () {
    assert.deepStrictEqual([...KNOWN_FAILING].filter(f => !files.includes(f)), []);
  });

  it('kitchen.ipynb (npm run demo) is the stew-and-salad demo', function () {
    const src = (f: string) => readNotebook(f).cells.map((c: any) => [c.cell_type, joinSrc(c.source)]);
    assert.deepStrictEqual(src(KITCHEN_DEMO_FILE), src('04-stew-and-salad.ipynb'));
  });

  for (const file of files) {
    describe(file, function () {
      it('is an nbformat 4 notebook for the Asyncio Lab kernel that ends with an exercise', function () {
        const nb = readNotebook(file);
        assert.strictEqual(nb.nbformat, 4);
        assert.deepStrictEqual(nb.metadata.kernelspec, { name: 'asyncio-lab', display_name: 'Asyncio Lab', language: 'python' });
        assert.strictEqual(nb.metadata.language_info.name, 'python');
        const last = nb.cells[nb.cells.length - 1];
        assert.strictEqual(last.cell_type, 'markdown');
        assert.match(joinSrc(last.source), /^## Exercise/);
      });

      const known = KNOWN_FAILING.has(file);
      it(known ? 'is listed in KNOWN_FAILING.txt and still differs from its saved outputs under `asyncio-lab run`'
        : 'runs through `asyncio-lab run` and prints exactly its saved outputs, cell by cell', function () {
        const nb = readNotebook(file);
        if (!known) return checkCli(file, nb);
        let passes = true;
        try { checkCli(file, nb); } catch { passes = false; }
        assert.ok(!passes, `${file} now runs like CPython: remove it from test/demos/KNOWN_FAILING.txt`);
      });
    });
  }

  it('the saved outputs are what CPython prints under the oracle (save-outputs.py --check)', function () {
    const r = spawnSync('python3', [path.join(ROOT, 'scripts', 'demos', 'save-outputs.py'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(r.status, 0, `saved outputs differ from CPython; run python3 scripts/demos/save-outputs.py\n${r.stdout}${r.stderr}`);
  });
});
