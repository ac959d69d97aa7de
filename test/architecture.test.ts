// Import boundaries: the pure cores never reach VS Code, and imports go one way.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

function files(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(d =>
    d.isDirectory() ? files(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : []);
}
const importsOf = (f: string) => [...fs.readFileSync(f, 'utf8').matchAll(/(?:from\s+|require\()\s*['"]([^'"]+)['"]/g)].map(m => m[1]);

describe('architecture', () => {
  for (const dir of ['src/runtime', 'src/translator', 'src/webview/client']) {
    it(`${dir} never imports vscode`, () => {
      const bad = files(dir).filter(f => importsOf(f).includes('vscode'));
      assert.deepStrictEqual(bad, []);
    });
  }
  it('runtime and translator do not import the editor layers', () => {
    const layers = /\/(notebook|webview|language|demos|sandbox)\//;
    const bad = [...files('src/runtime'), ...files('src/translator')]
      .filter(f => importsOf(f).some(i => i.startsWith('.') && layers.test(path.resolve(path.dirname(f), i) + '/') && !i.endsWith('sandbox/protocol')));
    assert.deepStrictEqual(bad, []);
  });
  it('the translator does not import the runtime', () => {
    const bad = files('src/translator').filter(f => importsOf(f).some(i => i.includes('/runtime/')));
    assert.deepStrictEqual(bad, []);
  });
  it('source files stay small (≤ 400 lines)', () => {
    const big = files('src').filter(f => fs.readFileSync(f, 'utf8').split('\n').length > 400);
    assert.deepStrictEqual(big, []);
  });
});
