// package.json: what VS Code and the CLI rely on.
import * as assert from 'assert';
import * as fs from 'fs';
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));

describe('manifest (package.json)', () => {
  it('declares the CLI binary and the bundled extension entry', () => {
    assert.deepStrictEqual(pkg.bin, { 'asyncio-lab': 'dist/cli.js' });
    assert.strictEqual(pkg.main, './dist/extension.js');
  });
  it('activates on Jupyter notebooks, not on start-up', () => {
    assert.ok(pkg.activationEvents.includes('onNotebook:jupyter-notebook'));
    assert.ok(!pkg.activationEvents.includes('*'));
  });
  it('has the two README set-up commands and the test entry points', () => {
    for (const s of ['build', 'test', 'demo', 'test:unit', 'test:vscode', 'package']) assert.ok(pkg.scripts[s], `script ${s}`);
  });
  it('every contributed command has a title and category', () => {
    for (const c of pkg.contributes.commands ?? []) {
      assert.ok(c.command.startsWith('asyncio-lab.'), c.command);
      assert.ok(c.title && c.category === 'Asyncio Lab', c.command);
    }
  });
  it('contributes the clock setting', () => {
    const props = pkg.contributes.configuration?.properties ?? {};
    assert.deepStrictEqual(props['asyncioLab.clock']?.enum, ['virtual', 'real']);
  });
  it('pins the parser exactly and targets Node 20 / VS Code 1.90+', () => {
    assert.strictEqual(pkg.devDependencies['@zzzen/pyright-internal'], '1.1.255');
    assert.ok(pkg.engines.vscode.startsWith('^1.9'));
  });
  it('declares untrusted workspaces honestly', () => {
    const u = pkg.capabilities?.untrustedWorkspaces;
    assert.ok(u && ['supported', 'limited', false].includes(u.supported));
  });
});
