// asyncio/exceptions.py (CPython 3.11). TimeoutError is the builtin one in 3.11.
import { nativeClass, PyClass, tuple, None } from './py/object';
import { E, PyBaseException, pyErr } from './py/exceptions';
import { repr } from './py/protocols';
import { pyfunc } from './py/call';
import { len } from './py/protocols';

function exc(name: string, base: PyClass, dict?: Record<string, any>): PyClass {
  return nativeClass({ name, module: 'asyncio.exceptions', bases: [base], es: PyBaseException, dict });
}

export const CancelledError = exc('CancelledError', E.BaseException);
export const InvalidStateError = exc('InvalidStateError', E.Exception);
export const SendfileNotAvailableError = exc('SendfileNotAvailableError', E.RuntimeError);
export const IncompleteReadError = exc('IncompleteReadError', E.EOFError, {
  __init__: pyfunc('__init__', ['partial', 'expected'], function (this: PyBaseException, partial: any, expected: any) {
    const rExpected = expected === None ? 'undefined' : repr(expected);
    this.args = tuple([`${typeof partial === 'string' ? [...partial].length : len(partial)} bytes read on a total of ${rExpected} expected bytes`]);
    this.partial = partial;
    this.expected = expected;
    return None;
  }, [], 'IncompleteReadError.__init__'),
});
export const LimitOverrunError = exc('LimitOverrunError', E.Exception, {
  __init__: pyfunc('__init__', ['message', 'consumed'], function (this: PyBaseException, message: any, consumed: any) {
    this.args = tuple([message]);
    this.consumed = consumed;
    return None;
  }, [], 'LimitOverrunError.__init__'),
});
export const BrokenBarrierError = exc('BrokenBarrierError', E.RuntimeError);
export const TimeoutError = E.TimeoutError;

/** isinstance(e, CancelledError) */
export function isCancelledError(e: any): boolean {
  return e instanceof PyBaseException && (e.$cls === CancelledError || e.$cls.$mro.includes(CancelledError));
}
export function isExitException(e: any): boolean {
  const C = e.$cls;
  return C === E.SystemExit || C === E.KeyboardInterrupt || C.$mro.includes(E.SystemExit) || C.$mro.includes(E.KeyboardInterrupt);
}
export function cancelledError(msg?: any): PyBaseException {
  return msg === undefined || msg === None ? pyErr(CancelledError) : pyErr(CancelledError, msg);
}

export const exceptionsModuleAttrs = (): Record<string, any> => ({
  __all__: tuple(['BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError',
    'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError']),
  BrokenBarrierError, CancelledError, InvalidStateError, TimeoutError, IncompleteReadError,
  LimitOverrunError, SendfileNotAvailableError,
});
