// The `$` namespace that translated code calls (see ARCHITECTURE.md "Emission conventions").
// Everything here is re-exported from the modules that implement it.
import './py/objectDunders';
export { None, NotImplemented, Ellipsis, float, tuple } from './py/object';
export { call, callv, callKw, kw, def, takeKw, argErr } from './py/call';
export { getattr, setattr, delattr, callMethod, callMethodKw } from './py/attrs';
export { repr, str, truthy, not, iter, getitem, setitem, delitem, contains, in_ as in, notIn, is, isNot } from './py/protocols';
export { coroutine, generator, asyncGenerator, await_ as await, yieldFrom, agYield } from './py/generators';
export { makeClass } from './py/classes';
export { superCall as super } from './py/classes';
export { raise, reraise, caught, matches } from './py/raise';
export { importModule as import, importTop, importFrom, importStar } from './py/modules';
export * from './py/ops';
export { format } from './py/format';
export { dict } from './py/dict';
export { set } from './py/set';
export { slice } from './py/slice';
export { bytes } from './py/bytes';
export * from './py/stmtHelpers';
export * from './py/stmtHelpers2';
export { asyncNext, aiter } from './py/stmtHelpers';
export { tick } from './interrupt';
export { withEnter, withExit, asyncWithEnter, asyncWithExit } from './py/withStmt';
export { discard, callFresh, callT, callKwT, opT, truthyT, excDone } from './py/discard';
export { setConst, frozensetConst, setStarred } from './py/set';
export { exceptStar } from './py/exceptStar';
export { globals, frameLocals } from './py/frames';
export { importRelative } from './py/future';
