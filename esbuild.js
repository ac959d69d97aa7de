// Bundles every entry point into dist/. `node esbuild.js [--watch] [--minify]`.
'use strict';
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const minify = process.argv.includes('--minify');
const common = {
  bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false,
  keepNames: true, minify, logLevel: 'warning', legalComments: 'none',
};
// Entry points appear here as their features land; a missing source file is skipped.
const entries = [
  { in: 'src/cli.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  { in: 'src/sandbox/worker.ts', out: 'dist/worker.js' },
  { in: 'src/runner.ts', out: 'dist/runner.js' },
  { in: 'src/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
];
const browser = [
  { in: 'src/webview/client/main.ts', out: 'dist/webview.js' },
  { in: 'src/webview/client/renderer.ts', out: 'dist/renderer.js', format: 'esm' },
];

async function main() {
  const jobs = [];
  for (const e of entries) {
    if (!fs.existsSync(e.in)) continue;
    jobs.push(esbuild.build({
      ...common, entryPoints: [e.in], outfile: e.out, external: e.external || [],
      banner: e.banner ? { js: e.banner } : undefined,
    }));
  }
  for (const e of browser) {
    if (!fs.existsSync(e.in)) continue;
    jobs.push(esbuild.build({
      ...common, platform: 'browser', target: 'es2022', format: e.format || 'iife', entryPoints: [e.in], outfile: e.out,
    }));
  }
  await Promise.all(jobs);
  if (fs.existsSync('dist/cli.js')) fs.chmodSync('dist/cli.js', 0o755);
  // The task view panel's stylesheet is generated from the one the notebook renderer injects.
  const styles = 'src/webview/client/rendererStyles.ts';
  if (fs.existsSync(styles)) {
    const r = await esbuild.build({ entryPoints: [styles], bundle: true, write: false, format: 'cjs', platform: 'node', logLevel: 'silent' });
    const mod = { exports: {} };
    new Function('module', 'exports', r.outputFiles[0].text)(mod, mod.exports);
    fs.writeFileSync('dist/taskview.css', mod.exports.RENDERER_CSS);
  }
  const size = fs.readdirSync('dist').filter(f => f.endsWith('.js'))
    .reduce((n, f) => n + fs.statSync(path.join('dist', f)).size, 0);
  console.log(`built ${jobs.length} bundle(s) into dist/ (${(size / 1024).toFixed(0)} KiB)`);
}
main().catch(e => { console.error(e); process.exit(1); });
