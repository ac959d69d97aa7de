// Bundles the extension-host test suite: test/vscode/index.ts and test/vscode/*.test.ts ->
// dist-test/vscode/*.js (one bundle per file; index.js loads the *.test.js files beside it).
// `vscode` comes from the extension host; mocha is resolved at run time from the repo's
// node_modules (dist-test/ lies inside the repo, i.e. inside the extension folder, as VS Code
// requires for extensionTestsPath).
'use strict';
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const src = path.join(root, 'test', 'vscode');
const out = path.join(root, 'dist-test', 'vscode');

async function main() {
  const entries = fs.readdirSync(src)
    .filter(f => f === 'index.ts' || f.endsWith('.test.ts'))
    .map(f => path.join(src, f));
  if (!entries.some(f => f.endsWith('index.ts'))) { throw new Error('test/vscode/index.ts is missing'); }
  fs.rmSync(out, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: entries, outdir: out, bundle: true, platform: 'node', target: 'node20', format: 'cjs',
    external: ['vscode', 'mocha'], sourcemap: 'inline', keepNames: true, logLevel: 'warning',
  });
  console.log(`built ${entries.length} extension-host test bundle(s) into ${path.relative(root, out)}/`);
}
main().catch(e => { console.error(e); process.exit(1); });
