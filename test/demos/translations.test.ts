// Demo 6 shows each code cell's TypeScript translation beside it (a markdown cell right after the
// code cell). The embedded text must be what the translator produces today for that cell, so a
// translator change shows up here until `node scripts/demos/embed-ts.js` is run again.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const embed = require('../../scripts/demos/embed-ts.js');
const ROOT = path.resolve(__dirname, '..', '..');

describe('demo notebooks: embedded TypeScript translations', function () {
  this.timeout(60_000);
  for (const rel of embed.DEMOS as string[]) {
    const nb = JSON.parse(fs.readFileSync(path.join(ROOT, rel), 'utf8'));
    const stem = path.basename(rel, '.ipynb');

    it(`${rel}: every code cell is followed by its current translation`, function () {
      assert.deepStrictEqual(nb, embed.withTranslations(nb, stem),
        'stale translations: run node scripts/demos/embed-ts.js');
      const cells = nb.cells as any[];
      const code = cells.filter((c) => c.cell_type === 'code').length;
      const shown = cells.filter((c) => c.metadata?.[embed.MARK] !== undefined).length;
      assert.ok(code >= 4, 'the demo has code cells');
      assert.strictEqual(shown, code, 'one translation per code cell');
    });

    it(`${rel}: each translation marks its awaits with yield*`, function () {
      const cells = nb.cells as any[];
      cells.forEach((c, i) => {
        if (c.cell_type !== 'code') return;
        const py = [].concat(c.source).join('');
        const ts = [].concat(cells[i + 1].source).join('');
        assert.match(ts, /```ts\n[\s\S]*\n```/);
        const awaits = (py.match(/\bawait\b/g) ?? []).length;
        const yields = (ts.match(/yield\* \$\.await\(/g) ?? []).length;
        assert.strictEqual(yields, awaits, `cell ${i + 1}: one yield* $.await per Python await`);
      });
    });
  }
});
