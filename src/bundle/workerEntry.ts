// Entry of dist/worker.js: the sandbox worker thread loads the shared core bundle (with its code
// cache) and starts the worker loop; lockdown happens inside, after everything is loaded.
import * as path from 'path';
import { loadBundle } from './codeCache';

loadBundle(path.join(__dirname, 'core.js'), core => core.warmUp()).startWorker();
