// Connects the runtime's parts at start-up: library modules, asyncio, and the hooks between them.
import './py/objectDunders';
import { setKwargsDictFactory, setMappingPairs } from './py/call';
import { setEq } from './py/protocols';
import { eq } from './py/ops';
import { dict } from './py/dict';
import { mappingItems } from './py/stmtHelpers2';
import { onProgramStart } from './lifecycle';
import { resetHandling } from './py/raise';

setKwargsDictFactory(m => dict([...m]));
setMappingPairs(mappingItems);
setEq(eq);
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
