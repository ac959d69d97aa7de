// `threading` (minimal): thread names follow the event loop's virtual threads (eventsClock), so
// current_thread().name is 'MainThread' on the loop and 'asyncio_0'... inside executor jobs.
import { PyObject, nativeClass, None, PyClass, PyFloat } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { pyfunc } from '../py/call';
import { registerModule } from '../py/modules';
import { clock } from './clock';
import { MAIN_THREAD_IDENT } from './_logrecord';

/** threading.current_thread().name for the (virtual) thread running now. */
export function currentThreadName(): string { return clock.threadName(); }
/** Fixed thread idents (CPython's are addresses): main thread, then one per worker name. */
const idents = new Map<string, number>();
export function threadIdent(name = currentThreadName()): number {
  if (name === 'MainThread') return MAIN_THREAD_IDENT;
  let id = idents.get(name);
  if (id === undefined) { id = MAIN_THREAD_IDENT - 8392704 * (idents.size + 1); idents.set(name, id); }
  return id;
}

class Thread extends PyObject {
  constructor(public name = 'MainThread', public daemon = false) { super(); }
  get ident() { return threadIdent(this.name); }
  get native_id() { return 4242; }
  is_alive() { return true; }
  getName() { return this.name; }
  __repr__() { return `<${this.name === 'MainThread' ? '_MainThread' : 'Thread'}(${this.name}, started${this.daemon ? ' daemon' : ''} ${this.ident})>`; }
}
const threadClass: PyClass = nativeClass({ name: 'Thread', module: 'threading', es: Thread, new: () => {
  throw pyErr(E.NotImplementedError, 'threading.Thread is not supported in Asyncio Lab; use loop.run_in_executor or asyncio.to_thread');
} });
const mainThread = () => new Thread('MainThread');
const current = () => { const n = currentThreadName(); return n === 'MainThread' ? mainThread() : new Thread(n, true); };

/** Lock/RLock: one thread runs at a time in the virtual model, so these only track state. */
class Lock extends PyObject {
  $held = 0; $reentrant = false;
  acquire(blocking: any = true, _timeout: any = -1) {
    if (this.$held && !this.$reentrant) {
      if (!blocking) return false;
      throw pyErr(E.RuntimeError, 'deadlock: acquiring a threading.Lock already held (single-threaded model)');
    }
    this.$held++; return true;
  }
  release() { if (!this.$held) throw pyErr(E.RuntimeError, this.$reentrant ? 'cannot release un-acquired lock' : 'release unlocked lock'); this.$held--; return None; }
  locked() { return this.$held > 0; }
  __enter__() { return this.acquire(); }
  __exit__() { this.release(); return None; }
  __repr__() { return `<${this.$held ? 'locked' : 'unlocked'} _thread.${this.$reentrant ? 'RLock' : 'lock'} object owner=0 count=${this.$held}>`; }
}
const lockClass = nativeClass({ name: 'lock', module: '_thread', es: Lock, new: () => new Lock() });
const rlockClass = nativeClass({ name: 'RLock', module: '_thread', es: class extends Lock {}, new: (C) => { const l: Lock = Reflect.construct(C.$es, [], C); l.$reentrant = true; return l; } });

class Local extends PyObject {}
const localClass = nativeClass({ name: 'local', module: '_thread', es: Local });

registerModule('threading', () => ({
  current_thread: pyfunc('current_thread', [], current),
  currentThread: pyfunc('currentThread', [], current),
  main_thread: pyfunc('main_thread', [], mainThread),
  get_ident: pyfunc('get_ident', [], () => threadIdent()),
  get_native_id: pyfunc('get_native_id', [], () => 4242),
  active_count: pyfunc('active_count', [], () => 1),
  enumerate: pyfunc('enumerate', [], () => [current()]),
  Thread: threadClass,
  Lock: lockClass,
  RLock: rlockClass,
  local: localClass,
  TIMEOUT_MAX: new PyFloat(9223372036.0),
}));
