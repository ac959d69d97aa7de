// `warnings`: CPython's default filters and message format
//   FILE:LINE: Category: message\n  source line\n
// The Python location of the caller comes from the frame locator (_frames.ts); without one,
// CPython's fallback `sys:1` is used.
import { PyObject, nativeClass, None, tuple, isClass, PyClass, typeOf } from '../py/object';
import { E, pyErr, isPyException } from '../py/exceptions';
import { pyfunc, call } from '../py/call';
import { callMethod } from '../py/attrs';
import { str, repr } from '../py/protocols';
import { registerModule } from '../py/modules';
import { stderr } from '../py/io';
import { locateFrame } from './_frames';
import { onProgramStart } from '../lifecycle';
export { setFrameLocator } from './_frames';


type Filter = [string, RegExp | null, PyClass, RegExp | null, number];
const DEFAULT_FILTERS = (): Filter[] => [
  ['default', null, E.DeprecationWarning, /^__main__$/, 0],
  ['ignore', null, E.DeprecationWarning, null, 0],
  ['ignore', null, E.PendingDeprecationWarning, null, 0],
  ['ignore', null, E.ImportWarning, null, 0],
  ['ignore', null, E.ResourceWarning, null, 0],
];
let filters: Filter[] = DEFAULT_FILTERS();
let onceRegistry = new Set<string>();
const registries = new Map<string, Set<string>>();
let defaultAction = 'default';

/** Forget filters and "already shown" state (fresh interpreter). */
export function resetWarnings() { filters = DEFAULT_FILTERS(); onceRegistry = new Set(); registries.clear(); defaultAction = 'default'; }
onProgramStart(resetWarnings);

/** Where shown warnings go; catch_warnings(record=True) swaps it. */
let showHook: ((msg: WarningMessage) => void) | undefined;

export class WarningMessage extends PyObject {
  constructor(public message: any = None, public category: any = None, public filename: any = None,
    public lineno: any = None, public file: any = None, public line: any = None, public source: any = None) { super(); }
  __str__() {
    return `{message : ${repr(this.message)}, category : ${repr(this.category === None ? None : this.category.$name)}, filename : ${repr(this.filename)}, lineno : ${this.lineno}, line : ${repr(this.line)}}`;
  }
}
const WarningMessageClass = nativeClass({ name: 'WarningMessage', module: 'warnings', es: WarningMessage });

export function formatWarning(message: any, category: PyClass, filename: string, lineno: number, line?: any): string {
  let s = `${filename}:${lineno}: ${category.$name}: ${str(message)}\n`;
  if (line !== undefined && line !== None) {
    const l = String(line).trim();
    if (l) s += `  ${l}\n`;
  }
  return s;
}

function show(w: WarningMessage) {
  if (showHook) { showHook(w); return; }
  let text = formatWarning(w.message, w.category, w.filename, w.lineno, w.line);
  // A warning about an object (`source`): tracemalloc is never tracing here.
  if (w.source !== None) text += `${w.category.$name}: Enable tracemalloc to get the object allocation traceback\n`;
  const file = w.file === None ? getStderr() : w.file;
  try { callMethod(file, 'write', text); } catch { /* CPython ignores OSError here */ }
}
let getStderr: () => any = () => stderr;
/** sys.stderr may be rebound by the program; sys.ts installs a getter. */
export function setStderrGetter(f: () => any) { getStderr = f; }

function matches(re: RegExp | null, s: string) { return re === null || re.test(s); }

/** warnings.warn_explicit; `source` is the object the warning is about (a never-awaited coroutine). */
export function warnExplicit(message: any, category: PyClass, filename: string, lineno: number,
  module: string, line?: string, source: any = None): void {
  let text: string;
  if (isPyException(message)) { text = str(message); category = message.$cls; } else text = str(message);
  const key = `${text}\u0000${category.$name}\u0000${lineno}`;
  let reg = registries.get(module);
  if (!reg) registries.set(module, reg = new Set());
  if (reg.has(key)) return;
  let action = defaultAction;
  let lnFilter = 0;
  for (const [act, msgRe, cat, modRe, ln] of filters) {
    if (matches(msgRe, text) && category.$mro.includes(cat) && matches(modRe, module) && (ln === 0 || ln === lineno)) {
      action = act; lnFilter = ln; break;
    }
  }
  void lnFilter;
  if (action === 'ignore') return;
  if (action === 'error') throw isPyException(message) ? message : pyErr(category, message);
  if (action === 'once') {
    const k = `${text}\u0000${category.$name}`;
    if (onceRegistry.has(k)) return;
    onceRegistry.add(k);
  } else if (action === 'module') {
    const k = `${text}\u0000${category.$name}\u00000`;
    if (reg.has(k)) return;
    reg.add(k);
  } else if (action === 'default') {
    reg.add(key);
  } else if (action !== 'always') {
    throw pyErr(E.RuntimeError, `Unrecognized action (${repr(action)}) in warnings.filters:\n ${repr(action)}`);
  }
  show(new WarningMessage(isPyException(message) ? message : call(category, message), category, filename, lineno, None, line ?? None, source));
}

/** warnings.warn(message, category=UserWarning, stacklevel=1) from runtime code; `stacklevel`
 *  counts Python frames above the runtime function (2 = the caller of the runtime API). */
export function warn(message: any, category: PyClass = E.UserWarning, stacklevel = 2, source: any = None): void {
  if (isPyException(message)) category = message.$cls;
  const fr = locateFrame(Math.max(1, stacklevel - 1));
  if (!fr) warnExplicit(message, category, 'sys', 1, 'sys', undefined, source);
  else warnExplicit(message, category, fr.filename, fr.lineno, fr.module, fr.line, source);
}

function toFilter(action: any, message: string, category: any, module: string, lineno: any): Filter {
  const actions = ['error', 'ignore', 'always', 'default', 'module', 'once'];
  if (typeof action !== 'string' || !actions.includes(action)) throw pyErr(E.AssertionError, `invalid action: ${repr(action)}`);
  if (!isClass(category) || !category.$mro.includes(E.Warning)) throw pyErr(E.AssertionError, 'category must be a Warning subclass');
  return [action, message ? new RegExp('^(?:' + message + ')', 'i') : null, category, module ? new RegExp('^(?:' + module + ')$') : null, Number(lineno)];
}
function addFilter(f: Filter, append: boolean) {
  filters = filters.filter(x => !(x[0] === f[0] && String(x[1]) === String(f[1]) && x[2] === f[2] && String(x[3]) === String(f[3]) && x[4] === f[4]));
  if (append) filters.push(f); else filters.unshift(f);
  registries.clear();
}

class CatchWarnings extends PyObject {
  $saved: any;
  constructor(public $record = false, public $action: any = None, public $category: any = None) { super(); }
  __enter__() {
    this.$saved = [filters.slice(), showHook, defaultAction];
    if (this.$action !== None) addFilter(toFilter(this.$action, '', this.$category, '', 0), false);
    if (this.$record) {
      const log: any[] = [];
      showHook = (w) => { log.push(w); };
      return log;
    }
    return None;
  }
  __exit__() { [filters, showHook, defaultAction] = this.$saved; registries.clear(); return false; }
  __repr__() { return this.$record ? 'catch_warnings(record=True)' : 'catch_warnings()'; }
}
const CatchWarningsClass = nativeClass({ name: 'catch_warnings', module: 'warnings', es: CatchWarnings,
  new: (_C, args, kw) => new CatchWarnings(!!(kw?.get('record') ?? args[0] ?? false), kw?.get('action') ?? None, kw?.get('category') ?? E.Warning) });

registerModule('warnings', () => ({
  warn: pyfunc('warn', ['message', 'category=', 'stacklevel=', 'source='], (message: any, category: any, stacklevel: any, source: any) => {
    if (category === None) category = E.UserWarning;
    if (!isClass(category) || !category.$mro.includes(E.Warning)) {
      throw pyErr(E.TypeError, `category must be a Warning subclass, not '${typeOf(category).$name}'`);
    }
    warn(message, category, Number(stacklevel) + 1, source);
    return None;
  }, [None, 1, None]),
  warn_explicit: pyfunc('warn_explicit', ['message', 'category', 'filename', 'lineno', 'module=', 'registry=', 'module_globals=', 'source='],
    (m: any, c: any, fn: any, ln: any, mod: any) => {
      warnExplicit(m, c, fn, ln, mod === None ? String(fn).replace(/\.py$/, '') : mod); return None;
    }, [None, None, None, None]),
  filterwarnings: pyfunc('filterwarnings', ['action', 'message=', 'category=', 'module=', 'lineno=', 'append='],
    (a: any, m: any, c: any, mod: any, ln: any, ap: any) => { addFilter(toFilter(a, m, c, mod, ln), !!ap); return None; },
    ['', E.Warning, '', 0, false]),
  simplefilter: pyfunc('simplefilter', ['action', 'category=', 'lineno=', 'append='],
    (a: any, c: any, ln: any, ap: any) => { addFilter(toFilter(a, '', c, '', ln), !!ap); return None; }, [E.Warning, 0, false]),
  resetwarnings: pyfunc('resetwarnings', [], () => { filters = []; registries.clear(); return None; }),
  formatwarning: pyfunc('formatwarning', ['message', 'category', 'filename', 'lineno', 'line='],
    (m: any, c: any, fn: any, ln: any, line: any) => formatWarning(m, c, fn, ln, line), [None]),
  showwarning: pyfunc('showwarning', ['message', 'category', 'filename', 'lineno', 'file=', 'line='],
    (m: any, c: any, fn: any, ln: any, file: any, line: any) => { show(new WarningMessage(m, c, fn, ln, file, line)); return None; }, [None, None]),
  catch_warnings: CatchWarningsClass,
  WarningMessage: WarningMessageClass,
  get filters() { return filters.map(f => tuple([f[0], f[1] ? f[1].source : None, f[2], f[3] ? f[3].source : None, f[4]])); },
  defaultaction: 'default',
}));
