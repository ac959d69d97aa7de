// `logging` (CPython 3.11): loggers in a dotted hierarchy, handlers, formatters, basicConfig, the
// module-level shortcuts (which configure the root logger on first use: WARNING:root:msg on
// stderr) and lastResort for loggers without handlers. Times come from the virtual clock.
import { PyClass, nativeClass, None, tuple, typeName, isTuple, isClass } from '../py/object';
import { E, pyErr, PyBaseException } from '../py/exceptions';
import { pyfunc, Kw, call } from '../py/call';
import { callMethod } from '../py/attrs';
import { truthy, str } from '../py/protocols';
import { registerModule } from '../py/modules';
import { currentException } from '../py/raise';
import { setAsyncioHost } from '../eventsHost';
import { onProgramStart } from '../lifecycle';
import {
  CRITICAL, ERROR, WARNING, INFO, DEBUG, NOTSET, levelToName, nameToLevel, getLevelName, checkLevel, makeRecord,
  logRecordClass, formatterClass, Formatter, initFormatter, state, Caller,
} from './_logrecord';
import {
  filtererClass, filterClass, handlerClass, streamHandlerClass, fileHandlerClass, nullHandlerClass, stderrHandlerClass,
  makeLastResort, runFilters, Filterer,
} from './_loghandlers';
import { locateFrame } from './_frames';
import { clock } from './clock';
import { newDict } from './_rt';
import { warn } from './warnings';

export class Logger extends Filterer {
  name = ''; level = NOTSET; parent: any = None; propagate = true; handlers: any[] = []; disabled = false;
  $cache = new Map<number, boolean>();
  $m!: Manager;
  get manager() { return this.$m; }
  get root() { return this.$m.root; }
}
class PlaceHolder { loggers = new Set<Logger>(); }

class Manager {
  loggers = new Map<string, Logger | PlaceHolder>();
  disable = 0;
  emittedNoHandlerWarning = false;
  loggerClass: PyClass | null = null;
  constructor(public root: Logger) {}
  clearCache() { this.root.$cache.clear(); for (const l of this.loggers.values()) if (l instanceof Logger) l.$cache.clear(); }
  getLogger(name: string): Logger {
    let rv = this.loggers.get(name);
    if (rv instanceof Logger) return rv;
    const ph = rv;
    const nl = newLogger(this, name);
    this.loggers.set(name, nl);
    if (ph instanceof PlaceHolder) this.fixupChildren(ph, nl);
    this.fixupParents(nl);
    return nl;
  }
  fixupParents(l: Logger) {
    const name = l.name;
    let i = name.lastIndexOf('.');
    let rv: Logger | undefined;
    while (i > 0 && !rv) {
      const sub = name.slice(0, i);
      const o = this.loggers.get(sub);
      if (o === undefined) { const p = new PlaceHolder(); p.loggers.add(l); this.loggers.set(sub, p); }
      else if (o instanceof Logger) rv = o;
      else o.loggers.add(l);
      i = name.lastIndexOf('.', i - 1);
    }
    l.parent = rv ?? this.root;
  }
  fixupChildren(ph: PlaceHolder, l: Logger) {
    const name = l.name;
    for (const c of ph.loggers) {
      if (String(c.parent.name).slice(0, name.length) !== name) { l.parent = c.parent; c.parent = l; }
    }
  }
}

let loggerClass: PyClass;
let rootLoggerClass: PyClass;
let customLoggerClass: PyClass | null = null;
function newLogger(m: Manager, name: string): Logger {
  const C = m.loggerClass ?? customLoggerClass;
  const l: Logger = C ? call(C, name) : new Logger();
  if (!C) { l.name = name; l.level = NOTSET; }
  l.$m = m;
  return l;
}

function effectiveLevel(l: any): number {
  for (let x = l; x && x !== None; x = x.parent) if (x.level) return x.level;
  return NOTSET;
}
function isEnabledFor(l: Logger, level: number): boolean {
  if (l.disabled) return false;
  let r = l.$cache.get(level);
  if (r === undefined) {
    r = l.$m.disable >= level ? false : level >= effectiveLevel(l);
    l.$cache.set(level, r);
  }
  return r;
}

/** (pathname, lineno, funcName) of the Python code `stacklevel` frames above the logging call. */
function findCaller(stacklevel: number): Caller {
  const fr = locateFrame(Math.max(1, stacklevel));
  if (!fr) return { pathname: '(unknown file)', lineno: 0, funcName: '(unknown function)', module: 'unknown' };
  return { pathname: fr.filename, lineno: fr.lineno, funcName: fr.funcName ?? '<module>', module: fr.module };
}

function excInfoOf(v: any): any {
  if (v === None || v === undefined || v === false) return None;
  if (v instanceof PyBaseException) return tuple([v.$cls, v, v]);
  if (isTuple(v)) return v;
  const e = currentException();
  return e === undefined ? tuple([None, None, None]) : tuple([e.$cls, e, e]);
}

function log(l: Logger, level: number, msg: any, args: any[], kw: Kw | undefined, extraLevel = 0): void {
  const get = (k: string, d: any) => (kw?.has(k) ? kw.get(k) : d);
  if (kw) for (const k of kw.keys()) if (!['exc_info', 'extra', 'stack_info', 'stacklevel'].includes(k)) throw pyErr(E.TypeError, `Logger._log() got an unexpected keyword argument '${k}'`);
  const caller = findCaller(Number(get('stacklevel', 1)) + extraLevel);
  const record = makeRecord(l.name, level, caller, msg, tuple(args), excInfoOf(get('exc_info', None)), None, get('extra', None),
    truthy(get('stack_info', false)) ? 'Stack (most recent call last):\n' : None);
  handle(l, record);
}
function handle(l: Logger, record: any) {
  if (l.disabled || !runFilters(l, record)) return;
  let found = 0;
  for (let c: any = l; c && c !== None; c = c.propagate ? c.parent : None) {
    for (const h of c.handlers) {
      found++;
      if (record.levelno >= h.level) callMethod(h, 'handle', record);
    }
    if (!c.propagate) break;
  }
  if (!found) {
    const lr = mod().lastResort;
    if (lr !== None && record.levelno >= lr.level) callMethod(lr, 'handle', record);
  }
}

/** Logger methods: `level` fixed (debug/info/...) or taken from the first argument (log). */
function levelMethod(name: string, level: number | null, extra?: (self: Logger) => void): any {
  const run = (self: Logger, pos: any[], kw: Kw | undefined) => {
    extra?.(self);
    let lv = level;
    if (lv === null) {
      const v = pos.shift();
      if (typeof v !== 'number' && typeof v !== 'boolean') throw pyErr(E.TypeError, 'level must be an integer');
      lv = Number(v);
    }
    if (!pos.length) throw pyErr(E.TypeError, `Logger.${name}() missing 1 required positional argument: 'msg'`);
    if (isEnabledFor(self, lv)) log(self, lv, pos[0], pos.slice(1), kw);
    return None;
  };
  const m: any = function (this: Logger, ...a: any[]) { return run(this, a, undefined); };
  m.$callKw = function (this: Logger, pos: any[], kw: Kw) { return run(this, pos.slice(), kw); };
  m.$name = name;
  return m;
}
const excKw = (kw: Kw | undefined): Kw => { const k: Kw = new Map(kw ?? []); if (!k.has('exc_info')) k.set('exc_info', true); return k; };
const exceptionMethod: any = function (this: Logger, ...a: any[]) { return (loggerDict.error as any).$callKw.call(this, a, excKw(undefined)); };
exceptionMethod.$callKw = function (this: Logger, pos: any[], kw: Kw) { return (loggerDict.error as any).$callKw.call(this, pos, excKw(kw)); };

const loggerDict: Record<string, any> = {
  setLevel(this: Logger, level: any) { this.level = checkLevel(level); this.$m.clearCache(); return None; },
  debug: levelMethod('debug', DEBUG), info: levelMethod('info', INFO), warning: levelMethod('warning', WARNING),
  warn: levelMethod('warn', WARNING, () => warn("The 'warn' method is deprecated, use 'warning' instead", E.DeprecationWarning, 3)),
  error: levelMethod('error', ERROR), critical: levelMethod('critical', CRITICAL), fatal: levelMethod('fatal', CRITICAL),
  log: levelMethod('log', null),
  exception: exceptionMethod,
  isEnabledFor(this: Logger, level: any) { return isEnabledFor(this, Number(level)); },
  getEffectiveLevel(this: Logger) { return effectiveLevel(this); },
  addHandler(this: Logger, h: any) { if (!this.handlers.includes(h)) this.handlers.push(h); return None; },
  removeHandler(this: Logger, h: any) { const i = this.handlers.indexOf(h); if (i >= 0) this.handlers.splice(i, 1); return None; },
  hasHandlers(this: Logger) { for (let c: any = this; c && c !== None; c = c.propagate ? c.parent : None) { if (c.handlers.length) return true; if (!c.propagate) break; } return false; },
  handle(this: Logger, record: any) { handle(this, record); return None; },
  callHandlers(this: Logger, record: any) { handle(this, record); return None; },
  getChild(this: Logger, suffix: any) { return this.$m.getLogger(this.$m.root === this ? str(suffix) : `${this.name}.${str(suffix)}`); },
  makeRecord(this: Logger, name: any, level: any, fn: any, lno: any, msg: any, args: any, excInfo: any, func: any = None, extra: any = None, sinfo: any = None) {
    return makeRecord(name, level, { pathname: fn, lineno: lno, funcName: func === None ? '(unknown function)' : func, module: '' }, msg, args, excInfo, func, extra, sinfo);
  },
  __repr__(this: Logger) { return `<${typeName(this)} ${this.name} (${getLevelName(effectiveLevel(this))})>`; },
};
loggerClass = nativeClass({ name: 'Logger', module: 'logging', bases: [filtererClass], es: Logger, dict: {
  __init__(this: Logger, name: any, level: any = NOTSET) { this.name = name; this.level = checkLevel(level); this.filters = []; this.handlers = []; return None; },
  ...loggerDict,
} });
rootLoggerClass = nativeClass({ name: 'RootLogger', module: 'logging', bases: [loggerClass], es: Logger, dict: {
  __init__(this: Logger, level: any) { this.name = 'root'; this.level = checkLevel(level); return None; },
} });

// ------------------------------------------------------------------ per-program module state

interface ModState { root: Logger; manager: Manager; lastResort: any; }
let current: ModState | undefined;
function mod(): ModState {
  if (!current) {
    const root: Logger = Reflect.construct(Logger, [], rootLoggerClass);
    root.name = 'root'; root.level = WARNING;
    const manager = new Manager(root);
    root.$m = manager;
    current = { root, manager, lastResort: makeLastResort() };
    state.startTime = clock.wall();
  }
  return current;
}

function getLogger(name: any = None): Logger {
  const m = mod();
  if (name === None || name === '' || name === m.root.name) return m.root;
  if (typeof name !== 'string') throw pyErr(E.TypeError, 'A logger name must be a string');
  return m.manager.getLogger(name);
}

const BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s';
function basicConfig(kw: Kw) {
  const root = mod().root;
  const get = (k: string, d: any) => { const v = kw.has(k) ? kw.get(k) : d; kw.delete(k); return v; };
  const force = truthy(get('force', false));
  if (force) for (const h of root.handlers.slice()) { root.handlers.splice(root.handlers.indexOf(h), 1); callMethod(h, 'close'); }
  if (root.handlers.length) { return; }
  let handlers = get('handlers', None);
  const stream = get('stream', None), filename = get('filename', None);
  if (handlers === None) {
    if (stream !== None && filename !== None) throw pyErr(E.ValueError, "'stream' and 'filename' should not be specified together");
  } else if (stream !== None || filename !== None) throw pyErr(E.ValueError, "'stream' or 'filename' should not be specified together with 'handlers'");
  const filemode = get('filemode', 'a');
  if (handlers === None) {
    const h = filename !== None ? call(fileHandlerClass, filename, filemode) : call(streamHandlerClass, stream);
    handlers = [h];
  }
  const dfs = get('datefmt', None), style = get('style', '%');
  if (!['%', '{', '$'].includes(style)) throw pyErr(E.ValueError, `Style must be one of: %,{,$`);
  const fs = get('format', ({ '%': BASIC_FORMAT, '{': '{levelname}:{name}:{message}', '$': '${levelname}:${name}:${message}' } as any)[style]);
  const fmt = new Formatter(); initFormatter(fmt, fs, dfs, style, true);
  for (const h of Array.from(handlers as Iterable<any>)) {
    if (h.formatter === None || h.formatter === undefined) callMethod(h, 'setFormatter', fmt);
    root.handlers.push(h);
  }
  const level = get('level', None);
  if (level !== None) (loggerDict.setLevel as any).call(root, level);
  get('encoding', None); get('errors', 'backslashreplace');
  if (kw.size) throw pyErr(E.ValueError, `Unrecognised argument(s): ${[...kw.keys()].join(', ')}`);
}

/** logging.debug/info/...: configure the root logger on first use, then log through it. */
function rootShortcut(name: string) {
  const run = (pos: any[], kw: Kw | undefined) => {
    const root = mod().root;
    if (!root.handlers.length) basicConfig(new Map());
    return kw ? loggerDict[name].$callKw.call(root, pos, kw) : loggerDict[name].apply(root, pos);
  };
  const f: any = (...a: any[]) => run(a, undefined);
  f.$callKw = (pos: any[], kw: Kw) => run(pos, kw);
  f.$name = name;
  return f;
}

registerModule('logging', () => {
  current = undefined;
  const m = mod();
  const attrs: Record<string, any> = {
    CRITICAL, FATAL: CRITICAL, ERROR, WARNING, WARN: WARNING, INFO, DEBUG, NOTSET,
    BASIC_FORMAT, raiseExceptions: true, logThreads: true, logProcesses: true, logMultiprocessing: true,
    root: m.root, lastResort: m.lastResort,
    Logger: loggerClass, RootLogger: rootLoggerClass, LogRecord: logRecordClass, Formatter: formatterClass, Filter: filterClass,
    Filterer: filtererClass, Handler: handlerClass, StreamHandler: streamHandlerClass, FileHandler: fileHandlerClass,
    NullHandler: nullHandlerClass, _StderrHandler: stderrHandlerClass,
    getLogger: pyfunc('getLogger', ['name='], getLogger, [None]),
    getLevelName: pyfunc('getLevelName', ['level'], getLevelName),
    getLevelNamesMapping: pyfunc('getLevelNamesMapping', [], () => newDict([...nameToLevel])),
    addLevelName: pyfunc('addLevelName', ['level', 'levelName'], (l: any, n: any) => { levelToName.set(l, n); nameToLevel.set(n, l); return None; }),
    basicConfig: pyfunc('basicConfig', ['**kwargs'], (kw: Kw) => { basicConfig(new Map(kw)); return None; }),
    disable: pyfunc('disable', ['level='], (l: any) => { m.manager.disable = checkLevel(l); m.manager.clearCache(); return None; }, [CRITICAL]),
    shutdown: pyfunc('shutdown', ['handlerList='], () => None, [None]),
    captureWarnings: pyfunc('captureWarnings', ['capture'], () => None),
    setLoggerClass: pyfunc('setLoggerClass', ['klass'], (C: any) => {
      if (C !== loggerClass && !(isClass(C) && C.$mro.includes(loggerClass))) throw pyErr(E.TypeError, `logger not derived from logging.Logger: ${C.$name}`);
      customLoggerClass = C === loggerClass ? null : C; return None;
    }),
    getLoggerClass: pyfunc('getLoggerClass', [], () => customLoggerClass ?? loggerClass),
    makeLogRecord: pyfunc('makeLogRecord', ['dict'], (d: any) => {
      const r = makeRecord('', 0, { pathname: '', lineno: 0, funcName: '', module: '' }, '', tuple([]), None, None, None, None);
      for (const [k, v] of (d as any).$entries()) Object.defineProperty(r, k, { value: v, writable: true, enumerable: true, configurable: true });
      return r;
    }),
  };
  for (const n of ['debug', 'info', 'warning', 'error', 'critical', 'exception', 'log']) attrs[n] = rootShortcut(n);
  attrs.fatal = attrs.critical;
  attrs.warn = attrs.warning;
  return attrs;
});

/** asyncio's `logger.error(msg, exc_info=exc)` goes through the program's logging setup. */
setAsyncioHost({
  logError: (msg: string, exc: PyBaseException | undefined) => {
    loggerDict.error.$callKw.call(getLogger('asyncio'), [msg], new Map([['exc_info', exc ?? None]]));
  },
  // "Using selector: ..." when a loop is created: only once the program has imported logging.
  logDebug: (msg: string) => { if (current !== undefined) loggerDict.debug.call(getLogger('asyncio'), msg); },
});
onProgramStart(() => { current = undefined; customLoggerClass = null; });
