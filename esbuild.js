// Bundles every entry point into dist/. `node esbuild.js [--no-minify]`.
'use strict';
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

// Minified by default (dist/ size, cold-start parse time); keepNames keeps the function names
// that tracebacks (virtual frames) and Python-visible reprs rely on.
const minify = !process.argv.includes('--no-minify');
// `--outdir DIR`: write the bundles there instead of dist/, without the monaco editor (bench).
const outIx = process.argv.indexOf('--outdir');
const outDir = outIx > 0 ? process.argv[outIx + 1] : undefined;
const out = f => (outDir ? path.join(outDir, path.relative('dist', f)) : f);
// Pyright's parser is bundled once, in dist/pyright.js, and loaded from there (see the plugin).
const plugins = [require('./scripts/pyrightSplit').pyrightSplit(__dirname)];
const common = {
  bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false,
  keepNames: true, minify, logLevel: 'warning', legalComments: 'none',
};
// Entry points appear here as their features land; a missing source file is skipped.
const entries = [
  // The translator + runtime live once, in core.js; cli/worker/runner load it (src/bundle/).
  { in: 'src/bundle/core.ts', out: 'dist/core.js' },
  { in: 'src/bundle/pyrightEntry.ts', out: 'dist/pyright.js' },
  { in: 'src/cli.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  { in: 'src/bundle/workerEntry.ts', out: 'dist/worker.js' },
  { in: 'src/bundle/runnerEntry.ts', out: 'dist/runner.js' },
  { in: 'src/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
];
const browser = [
  { in: 'src/webview/client/main.ts', out: 'dist/webview.js' },
  { in: 'src/webview/client/renderer.ts', out: 'dist/renderer.js', format: 'esm' },
  // The task view's code pane (monaco-editor, ~2 MB): its own files under dist/monaco/, kept out
  // of the other bundles; rebuilt only when its inputs are newer than its output.
  { in: 'src/webview/monaco/main.ts', out: 'dist/monaco/monaco.js', loader: { '.ttf': 'file' },
    inputs: ['src/webview/monaco/main.ts', 'src/webview/client/codeEditors.ts', 'node_modules/monaco-editor/package.json'] },
];
const upToDate = e => e.inputs && fs.existsSync(e.out)
  && e.inputs.every(f => fs.existsSync(f) && fs.statSync(f).mtimeMs <= fs.statSync(e.out).mtimeMs);

async function main() {
  const jobs = [];
  for (const e of entries) {
    if (!fs.existsSync(e.in)) continue;
    jobs.push(esbuild.build({
      ...common, entryPoints: [e.in], outfile: out(e.out), external: e.external || [], plugins,
      banner: e.banner ? { js: e.banner } : undefined,
    }));
  }
  for (const e of browser) {
    if (!fs.existsSync(e.in) || upToDate(e) || (outDir && e.out.includes('/monaco/'))) continue;
    jobs.push(esbuild.build({
      ...common, platform: 'browser', target: 'es2022', format: e.format || 'iife', entryPoints: [e.in], outfile: out(e.out),
      loader: e.loader, assetNames: '[name]',
    }));
  }
  await Promise.all(jobs);
  if (fs.existsSync(out('dist/cli.js'))) fs.chmodSync(out('dist/cli.js'), 0o755);
  // The task view panel's stylesheet is generated from the one the notebook renderer injects.
  const styles = 'src/webview/client/rendererStyles.ts';
  if (fs.existsSync(styles)) {
    const r = await esbuild.build({ entryPoints: [styles], bundle: true, write: false, format: 'cjs', platform: 'node', logLevel: 'silent' });
    const mod = { exports: {} };
    new Function('module', 'exports', r.outputFiles[0].text)(mod, mod.exports);
    fs.writeFileSync(out('dist/taskview.css'), mod.exports.RENDERER_CSS);
  }
  const dir = out('dist');
  const size = fs.readdirSync(dir).filter(f => f.endsWith('.js'))
    .reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
  console.log(`built ${jobs.length} bundle(s) into ${dir}/ (${(size / 1024).toFixed(0)} KiB)`);
}
main().catch(e => { console.error(e); process.exit(1); });
