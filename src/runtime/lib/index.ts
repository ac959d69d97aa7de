// Registers every stdlib module implemented in this directory. Each file registers its modules
// with registerModule, whose init runs on the first `import`; most files also build their classes
// when they load, which cost a cold start ~10 ms, so those files load on first import too
// (registerLazy). The files imported eagerly below install hooks that matter without an
// `import` (asyncio's contexts, `int | None`, stderr, program start/finish resets), or are
// imported by the runtime core anyway. See README.md.
/* eslint-disable @typescript-eslint/no-var-requires */
import { registerLazy, isRegistered } from '../py/modules';
import { host, setAsyncioHost } from '../eventsHost';
import './_uniontype';
import './functools';
import './warnings';
import './sys';
import './memfs';
import './contextvars';

// [module names, loader]: the names each file passes to registerModule.
const LAZY: [string[], () => unknown][] = [
  [['random'], () => require('./random')],
  [['time'], () => require('./time')],
  [['collections', 'collections.abc', '_collections_abc'], () => require('./collections')],
  [['dataclasses'], () => require('./dataclasses')],
  [['copy'], () => require('./copy')],
  [['contextlib'], () => require('./contextlib')],
  [['itertools'], () => require('./itertools')],
  [['json', 'json.decoder', 'json.encoder'], () => require('./json')],
  [['typing'], () => require('./typing')],
  [['os', 'os.path', 'posixpath'], () => require('./os')],
  [['threading'], () => require('./threading')],
  [['inspect'], () => require('./inspect')],
  [['enum'], () => require('./enum')],
  [['aiohttp', 'yarl'], () => require('./aiohttp')],
  [['aiofiles', 'aiofiles.os', 'aiofiles.ospath'], () => require('./aiofiles')],
  [['traceback'], () => require('./traceback')],
  [['heapq', 'bisect'], () => require('./heapq')],
  [['operator', '_operator'], () => require('./operator')],
  [['string', 'abc', 'types'], () => require('./smallmods')],
  [['statistics'], () => require('./statistics')],
  [['datetime'], () => require('./datetime')],
  [['math'], () => require('./math')],
  [['io'], () => require('./io')],
  [['textwrap'], () => require('./textwrap')],
  [['logging'], () => require('./logging')],
];
const loggingLoaded = isRegistered('logging');
for (const [names, load] of LAZY) registerLazy(names, load);

// asyncio logs errors (a task exception never retrieved, a failing callback) through `logging`,
// loaded then; loading it installs its own hooks in place of these. Its debug lines only show
// once the program has imported logging, so none before it is loaded.
if (!loggingLoaded) {
  setAsyncioHost({
    logError: (msg, exc) => { require('./logging'); host.logError(msg, exc); },
    logDebug: () => undefined,
  });
}
