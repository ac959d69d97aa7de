// asyncio/events.py: event loop policies and get_event_loop / set_event_loop / new_event_loop.
import { PyObject, nativeClass, None, typeName, isInstance } from './py/object';
import { E, pyErr } from './py/exceptions';
import { call } from './py/call';
import { callMethod } from './py/attrs';
import { runningLoopOrUndefined } from './events';
import { BaseEventLoop, BaseEventLoopClass, UnixSelectorEventLoopClass } from './eventsLoop';
import { setFutureLoopGetter } from './futures';
import { setTaskLoopGetter } from './tasks';
import { currentThreadName } from './eventsClock';

export class AbstractEventLoopPolicy extends PyObject {
  get_event_loop(): any { throw pyErr(E.NotImplementedError); }
  set_event_loop(_loop: any): any { throw pyErr(E.NotImplementedError); }
  new_event_loop(): any { throw pyErr(E.NotImplementedError); }
  get_child_watcher(): any { throw pyErr(E.NotImplementedError); }
  set_child_watcher(_w: any): any { throw pyErr(E.NotImplementedError); }
}
export const AbstractEventLoopPolicyClass = nativeClass({ name: 'AbstractEventLoopPolicy', module: 'asyncio.events', es: AbstractEventLoopPolicy });

/** BaseDefaultEventLoopPolicy / unix_events._UnixDefaultEventLoopPolicy (one thread: the main one). */
export class DefaultEventLoopPolicy extends AbstractEventLoopPolicy {
  $loop: any = None;
  $setCalled = false;
  get_event_loop(): any {
    if (this.$loop === None && !this.$setCalled && currentThreadName() === 'MainThread') {
      callMethod(this, 'set_event_loop', callMethod(this, 'new_event_loop'));
    }
    if (this.$loop === None) {
      throw pyErr(E.RuntimeError, `There is no current event loop in thread '${currentThreadName()}'.`);
    }
    return this.$loop;
  }
  set_event_loop(loop: any): any {
    this.$setCalled = true;
    if (loop !== None && !(loop instanceof BaseEventLoop) && !isInstance(loop, BaseEventLoopClass)) {
      throw pyErr(E.TypeError, `loop must be an instance of AbstractEventLoop or None, not '${typeName(loop)}'`);
    }
    this.$loop = loop;
    return None;
  }
  new_event_loop(): any {
    const f = (this as any)._loop_factory;
    return f !== undefined && f !== None ? call(f) : UnixSelectorEventLoopClass();
  }
  get_child_watcher(): any { throw pyErr(E.NotImplementedError, 'child watchers are not supported in Asyncio Lab'); }
  set_child_watcher(_w: any): any { throw pyErr(E.NotImplementedError, 'child watchers are not supported in Asyncio Lab'); }
}
export const DefaultEventLoopPolicyClass = nativeClass({
  name: '_UnixDefaultEventLoopPolicy', module: 'asyncio.unix_events', es: DefaultEventLoopPolicy, bases: [AbstractEventLoopPolicyClass],
});

let policy: any = None;
export function resetPolicy() { policy = None; }

export function get_event_loop_policy(): any {
  if (policy === None) policy = DefaultEventLoopPolicyClass();
  return policy;
}
export function set_event_loop_policy(p: any): any {
  if (p !== None && !isInstance(p, AbstractEventLoopPolicyClass)) {
    throw pyErr(E.TypeError, `policy must be an instance of AbstractEventLoopPolicy or None, not '${typeName(p)}'`);
  }
  policy = p;
  return None;
}
/** events._get_event_loop / get_event_loop (3.11.7: no deprecation warning). */
export function _get_event_loop(): any {
  const running = runningLoopOrUndefined();
  if (running !== undefined) return running;
  return callMethod(get_event_loop_policy(), 'get_event_loop');
}
export const get_event_loop = _get_event_loop;
export function set_event_loop(loop: any): any { callMethod(get_event_loop_policy(), 'set_event_loop', loop); return None; }
export function new_event_loop(): any { return callMethod(get_event_loop_policy(), 'new_event_loop'); }

setFutureLoopGetter(_get_event_loop);
setTaskLoopGetter(_get_event_loop);
