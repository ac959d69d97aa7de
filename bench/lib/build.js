// A private build (esbuild.js --outdir, everything but the monaco editor), so that a concurrent
// `npm run build` cannot swap dist/ in the middle of a benchmark run; it is also what the
// dist-size figure measures.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

function privateBuild(root, dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asyncio-lab-bench-'))) {
  execFileSync(process.execPath, ['esbuild.js', '--outdir', dir], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return dir;
}

/** Bytes of every file directly in `dir` (dist/ without its monaco/ folder and packages). */
function distSize(dir) {
  const files = fs.readdirSync(dir).filter(f => !f.endsWith('.vsix') && fs.statSync(path.join(dir, f)).isFile());
  return Object.fromEntries(files.map(f => [f, fs.statSync(path.join(dir, f)).size]));
}

module.exports = { privateBuild, distSize };
