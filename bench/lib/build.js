// A private build of the CLI and the sandbox worker, so that a concurrent `npm run build`
// cannot swap dist/ in the middle of a benchmark run. Same esbuild options as esbuild.js.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function privateBuild(root) {
  const esbuild = require('esbuild');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asyncio-lab-bench-'));
  const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, keepNames: true, logLevel: 'warning', legalComments: 'none' };
  esbuild.buildSync({ ...common, entryPoints: [path.join(root, 'src/cli.ts')], outfile: path.join(dir, 'cli.js') });
  esbuild.buildSync({ ...common, entryPoints: [path.join(root, 'src/sandbox/worker.ts')], outfile: path.join(dir, 'worker.js') });
  // The CLI's in-process path (--no-sandbox) loads this bundle lazily (see src/cli.ts).
  esbuild.buildSync({ ...common, entryPoints: [path.join(root, 'src/runner.ts')], outfile: path.join(dir, 'runner.js') });
  return dir;
}

module.exports = { privateBuild };
