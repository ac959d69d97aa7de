// Connects the runtime's parts at start-up: library modules, asyncio, and the hooks between them.
import './py/objectDunders';
import { setKwargsDictFactory, setMappingPairs } from './py/call';
import { setEq, truthy } from './py/protocols';
import { eq } from './py/ops';
import { dict } from './py/dict';
import { mappingItems } from './py/stmtHelpers2';
import { onProgramStart } from './lifecycle';
import { resetHandling } from './py/raise';

setKwargsDictFactory(m => dict([...m]));
setMappingPairs(mappingItems);
// eq() may return any Python object (a user __eq__); containers want its truth value.
setEq((a, b) => truthy(eq(a, b)));
onProgramStart(() => resetHandling());
import './lib/index';
import './asyncioModule';
import { setCallObject, callKw } from './py/call';
import { getattr } from './py/attrs';
import { typeName } from './py/object';
import { E, pyErr } from './py/exceptions';
import { registerModule } from './py/modules';
import { makeBuiltins } from './py/builtins';

// Instances whose class defines __call__ are callable.
setCallObject((f: any, args: any[], kw: any) => {
  if (f && typeof f === 'object' && !Array.isArray(f) && f.__call__ !== undefined) return callKw(getattr(f, '__call__'), args, kw);
  throw pyErr(E.TypeError, `'${typeName(f)}' object is not callable`);
});
registerModule('builtins', () => makeBuiltins());
import { setAsyncgenFirstIterHook } from './py/generators';
import { asyncgenFirstIter } from './eventsLoopHooks';
import { setAsyncioHost, host } from './eventsHost';
import { suspendedLine } from './py/traceback';
import { setBlockForeverHandler } from './eventsLoop';
import { gcCollect } from './asyncioModule';
import { pyfunc } from './py/call';
import { None } from './py/object';
import { importModule } from './py/modules';
import { callMethod } from './py/attrs';
import { warn } from './lib/warnings';

setAsyncgenFirstIterHook(asyncgenFirstIter);
// A suspended coroutine of translated code: its line comes from the JS generator, on demand.
const baseCoroLocation = host.coroLocation;
setAsyncioHost({
  coroLocation: (coro: any) => {
    const r = baseCoroLocation(coro);
    if (r && coro.$state === 2 && coro.$lineno === undefined && coro.$gen) r.lineno = suspendedLine(coro.$gen, r.filename) ?? r.lineno;
    return r;
  },
});
setAsyncioHost({ warn: (message, category, stacklevel) => warn(message, category, stacklevel) });
// asyncio's logger.warning (slow callbacks) goes through the program's logging setup, like logError.
setAsyncioHost({
  logWarning: (msg: string) => { callMethod(callMethod(importModule('logging'), 'getLogger', 'asyncio'), 'warning', msg); },
});
// CPython would block in select() forever: stop with a clear message (SystemExit(msg): exit
// status 1, not catchable by `except Exception`).
setBlockForeverHandler(() => {
  throw pyErr(E.SystemExit, 'asyncio-lab: the event loop has nothing left to run and no timer is scheduled, ' +
    'but the program is still waiting (CPython would wait forever)');
});
// gc: collect() runs the finalizer reports CPython would make for freed futures.
registerModule('gc', () => ({
  collect: pyfunc('collect', ['generation='], () => { gcCollect(); return 0; }),
  enable: pyfunc('enable', [], () => None),
  disable: pyfunc('disable', [], () => None),
  isenabled: pyfunc('isenabled', [], () => true),
}));
