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
