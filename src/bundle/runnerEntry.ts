// Entry of dist/runner.js: `runProgram` and `translate` (src/runner.ts) from the shared core bundle.
import * as path from 'path';
import { loadBundle } from './codeCache';

module.exports = loadBundle(path.join(__dirname, 'core.js'), core => core.warmUp());
