// `asyncio-lab run ... --taskview OUT.html`: a standalone task-view page next to the built
// bundles, and OUT.data.js handing the trace and each cell's code to it as a `trace` message.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import { spawnSync } from 'child_process';
import { codeFilesOf } from '../../src/cli/taskviewPage';
import { isHostToView } from '../../src/webview/protocol';

const ROOT = path.resolve(__dirname, '..', '..');

describe('cli/taskviewPage', function () {
  this.timeout(60_000);

  it('code files name notebook cells by position and link Python lines to the translation', () => {
    const nb = JSON.stringify({ cells: [
      { cell_type: 'markdown', source: '# t' },
      { cell_type: 'code', source: 'import asyncio\nawait asyncio.sleep(1)\n' },
    ] });
    const [f] = codeFilesOf('demo.ipynb', nb);
    assert.strictEqual(f.file, '<cell 2>');
    assert.ok(f.translation.includes('yield* $.await('));
    const tsLine = f.pyToTs[2][0];
    assert.ok(f.translation.split('\n')[tsLine - 1].includes('$.await'), 'line 2 maps to its await');
    assert.strictEqual(f.tsToPy[tsLine], 2);
    const [m] = codeFilesOf('dir/prog.py', 'print(1)\n');
    assert.strictEqual(m.file, 'dir/prog.py');
  });

  it('the CLI writes a page that loads the built bundles and a trace message for it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alab-taskview-'));
    const out = path.join(dir, 'kitchen.html');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'run', 'demos/kitchen.ipynb', '--taskview', out], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    const html = fs.readFileSync(out, 'utf8');
    const srcs = [...html.matchAll(/<script nonce="([^"]+)" src="([^"]+)"/g)];
    assert.deepStrictEqual(srcs.map((m) => path.basename(m[2])), ['monaco.js', 'webview.js', 'kitchen.data.js']);
    for (const [, nonce, src] of srcs) {
      assert.ok(html.includes(`nonce-${nonce}`), 'scripts load by nonce');
      assert.ok(fs.existsSync(path.resolve(dir, src)), `${src} resolves from the page`);
    }
    const posted: unknown[] = [];
    vm.runInNewContext(fs.readFileSync(path.join(dir, 'kitchen.data.js'), 'utf8'), { window: { postMessage: (m: unknown) => posted.push(m) } });
    assert.strictEqual(posted.length, 1);
    const m = posted[0] as any;
    assert.ok(isHostToView(m) && m.type === 'trace');
    assert.ok(m.trace.events.filter((e: any) => e.k === 'task').length >= 4, 'the cells\' tasks and stew and salad');
    const code: any[] = (posted[0] as any).code;
    assert.deepStrictEqual(Array.from(code, (c: any) => c.file), ['<cell 2>', '<cell 4>', '<cell 6>']);
  });
});
