// Lets mocha load TypeScript directly: each .ts file is transpiled by esbuild on require.
// Type checking is a separate step (npm run typecheck), so tests start fast.
// alwaysStrict: modules are strict as in the esbuild.js bundles (tsconfig "strict"), so `this` is
// never boxed for primitive receivers.
'use strict';
const fs = require('fs');
const esbuild = require('esbuild');
require.extensions['.ts'] = function (module, filename) {
  const src = fs.readFileSync(filename, 'utf8');
  const out = esbuild.transformSync(src, {
    loader: 'ts', format: 'cjs', target: 'node20', sourcefile: filename, sourcemap: 'inline', keepNames: true,
    tsconfigRaw: { compilerOptions: { alwaysStrict: true } },
  });
  module._compile(out.code, filename);
};
