// esbuild plugin: the lazy `require('@zzzen/pyright-internal/...')` calls of
// src/translator/parserPyright.ts load dist/pyright.js (src/bundle/pyrightEntry.ts, through the
// V8 code cache of src/bundle/codeCache.ts) instead of bundling Pyright into every entry point.
'use strict';
const path = require('path');

function pyrightSplit(root) {
  const codeCache = path.join(root, 'src', 'bundle', 'codeCache.ts');
  return {
    name: 'pyright-split',
    setup(build) {
      build.onResolve({ filter: /^@zzzen\/pyright-internal\// }, args => (
        args.importer.endsWith(path.join('translator', 'parserPyright.ts')) ? { path: args.path, namespace: 'pyright-split' } : undefined
      ));
      build.onLoad({ filter: /.*/, namespace: 'pyright-split' }, args => ({
        resolveDir: root,
        loader: 'js',
        contents: `const { loadBundle } = require(${JSON.stringify(codeCache)});\n` +
          `const bundle = require('path').join(__dirname, 'pyright.js');\n` +
          `module.exports = loadBundle(bundle, m => m.warmUp()).get(${JSON.stringify(args.path)});\n`,
      }));
    },
  };
}

module.exports = { pyrightSplit };
