// logging levels, LogRecord and Formatter (CPython 3.11 Lib/logging/__init__.py).
import { PyObject, PyClass, nativeClass, None, tuple, isTuple, PyFloat, typeName } from '../py/object';
import { E, pyErr, PyBaseException } from '../py/exceptions';
import { Kw, pyfunc } from '../py/call';
import { callMethod } from '../py/attrs';
import { str, repr, truthy } from '../py/protocols';
import { PyDict } from '../py/dict';
import { percentFormat } from '../py/formatPercent';
import { strFormatMap } from '../py/formatStrMethod';
import { formatException } from '../py/tbformat';
import { clock } from './clock';
import { isMapping } from './_abc';
import { tmFromSecs } from './time';
import { strftime } from './_strftime';
import { f } from './_num';
import { setOwn } from './_rt';

export const CRITICAL = 50, ERROR = 40, WARNING = 30, INFO = 20, DEBUG = 10, NOTSET = 0;
export const levelToName = new Map<any, string>([[CRITICAL, 'CRITICAL'], [ERROR, 'ERROR'], [WARNING, 'WARNING'], [INFO, 'INFO'], [DEBUG, 'DEBUG'], [NOTSET, 'NOTSET']]);
export const nameToLevel = new Map<string, any>([['CRITICAL', CRITICAL], ['FATAL', CRITICAL], ['ERROR', ERROR], ['WARN', WARNING], ['WARNING', WARNING], ['INFO', INFO], ['DEBUG', DEBUG], ['NOTSET', NOTSET]]);

export function getLevelName(level: any): any {
  const r = levelToName.get(typeof level === 'bigint' ? Number(level) : level);
  if (r !== undefined) return r;
  if (typeof level === 'string' && nameToLevel.has(level)) return nameToLevel.get(level);
  return `Level ${str(level)}`;
}
export function checkLevel(level: any): number {
  if (typeof level === 'number' || typeof level === 'boolean') return Number(level);
  if (typeof level === 'string') {
    if (!nameToLevel.has(level)) throw pyErr(E.ValueError, `Unknown level: ${repr(level)}`);
    return nameToLevel.get(level);
  }
  throw pyErr(E.TypeError, `Level not an integer or a valid string: ${repr(level)}`);
}

/** Fixed values for what CPython takes from the OS (thread ident, pid). */
export const MAIN_THREAD_IDENT = 140245543339840;
export const PID = 4242;
/** logging._startTime: the (virtual) time the logging module was imported. */
export const state = { startTime: 0 };

export class LogRecord extends PyObject {
  [k: string]: any;
  getMessage(): string {
    let msg = str(this.msg);
    const args = this.args;
    if (args !== None && truthy(args)) msg = percentFormat(msg, args);
    return msg;
  }
  __repr__() { return `<LogRecord: ${this.name}, ${this.levelno}, ${this.pathname}, ${this.lineno}, "${str(this.msg)}">`; }
}
/** LogRecord(name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None) */
const recordInit = pyfunc('__init__', ['name', 'level', 'pathname', 'lineno', 'msg', 'args', 'exc_info', 'func=', 'sinfo=', '**kwargs'],
  function (this: LogRecord, name: any, level: any, pathname: any, lineno: any, msg: any, args: any, excInfo: any, func: any, sinfo: any) {
    if (typeof pathname !== 'string') throw pyErr(E.TypeError, `expected str, bytes or os.PathLike object, not ${typeName(pathname)}`);
    makeRecord(name, level, { pathname, lineno, funcName: func, module: '' }, msg, args, excInfo, func, None, sinfo, this);
    return None;
  }, [None, None], 'LogRecord.__init__');
export const logRecordClass: PyClass = nativeClass({ name: 'LogRecord', module: 'logging', es: LogRecord, dict: { __init__: recordInit } });

export interface Caller { pathname: string; lineno: number; funcName: string; module: string }

export function makeRecord(name: string, level: number, caller: Caller, msg: any, args: any, excInfo: any, func: any, extra: any, sinfo: any, into?: LogRecord): LogRecord {
  const r = into ?? new LogRecord();
  const ct = clock.wall();
  if (isTuple(args) && args.length === 1 && isMapping(args[0]) && truthy(args[0])) args = args[0];
  const base = caller.pathname.split('/').pop()!;
  const values: Record<string, any> = {
    name, msg, args, levelname: getLevelName(level), levelno: level, pathname: caller.pathname, filename: base,
    module: base.replace(/\.[^.]*$/, ''), exc_info: excInfo, exc_text: None, stack_info: sinfo, lineno: caller.lineno,
    funcName: func === None ? caller.funcName : func, created: f(ct), msecs: f(Math.trunc((ct - Math.trunc(ct)) * 1000) + 0.0),
    relativeCreated: f((ct - state.startTime) * 1000), thread: MAIN_THREAD_IDENT, threadName: clock.threadName(),
    processName: 'MainProcess', process: PID,
  };
  for (const [k, v] of Object.entries(values)) setOwn(r, k, v);
  if (extra !== None && extra !== undefined) {
    for (const k of iterKeys(extra)) {
      if (k === 'message' || k === 'asctime' || Object.prototype.hasOwnProperty.call(r, k)) throw pyErr(E.KeyError, `Attempt to overwrite ${repr(k)} in LogRecord`);
      setOwn(r, k, callMethod(extra, '__getitem__', k));
    }
  }
  return r;
}
function iterKeys(m: any): string[] { return m instanceof PyDict ? m.$keyList() : Array.from(callMethod(m, 'keys')); }

/** record.__dict__ as a dict for %-style formatting. */
export function recordDict(r: any): PyDict {
  const d = new PyDict();
  for (const k of Object.keys(r)) if (!k.startsWith('$')) d.$set(k, r[k]);
  return d;
}

// ------------------------------------------------------------------ Formatter

const PCT_FIELD = /%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]/;
export class Formatter extends PyObject {
  _fmt: any = '%(message)s'; datefmt: any = None; $style = '%';
  declare default_time_format: any; declare default_msec_format: any;
}
export function initFormatter(fm: Formatter, fmt: any, datefmt: any, style: any, validate: any) {
  if (!['%', '{', '$'].includes(style)) throw pyErr(E.ValueError, `Style must be one of: %,{,$`);
  fm.$style = style;
  fm._fmt = fmt === None ? ({ '%': '%(message)s', '{': '{message}', '$': '${message}' } as any)[style] : fmt;
  fm.datefmt = datefmt;
  if (truthy(validate) && style === '%' && !PCT_FIELD.test(fm._fmt)) throw pyErr(E.ValueError, `Invalid format '${fm._fmt}' for '%' style`);
}
function usesTime(fm: Formatter): boolean {
  const s = String(fm._fmt);
  return fm.$style === '%' ? s.includes('%(asctime)') : fm.$style === '{' ? s.includes('{asctime') : s.includes('$asctime') || s.includes('${asctime}');
}
function formatMessage(fm: Formatter, r: any): string {
  const d = recordDict(r);
  if (fm.$style === '%') return percentFormat(String(fm._fmt), d);
  if (fm.$style === '{') return strFormatMap(String(fm._fmt), d);
  return String(fm._fmt).replace(/\$(?:(\w+)|\{(\w+)\}|(\$))/g, (_m, a, b, dollar) => (dollar ? '$' : str(d.$get(a ?? b))));
}
export function formatTime(fm: any, r: any, datefmt: any): string {
  const created = r.created instanceof PyFloat ? r.created.v : Number(r.created);
  const tm = tmFromSecs(created, 'UTC');
  if (datefmt !== None) return strftime(String(datefmt), tm, Math.floor(created));
  const t = strftime(String(fm.default_time_format), tm, Math.floor(created));
  if (fm.default_msec_format === None) return t;
  return percentFormat(String(fm.default_msec_format), tuple([t, r.msecs]));
}
export function formatExc(ei: any): string {
  const e = Array.isArray(ei) ? ei[1] : ei;
  if (!(e instanceof PyBaseException)) return 'NoneType: None';
  const s = formatException(e);
  return s.endsWith('\n') ? s.slice(0, -1) : s;
}
/** Formatter.format(record), calling overridable parts through the instance. */
export function formatRecord(fm: any, r: any): string {
  setOwn(r, 'message', callMethod(r, 'getMessage'));
  const native = fm instanceof Formatter && !fm.$cls.$user;
  if (usesTime(fm)) setOwn(r, 'asctime', native ? formatTime(fm, r, fm.datefmt) : callMethod(fm, 'formatTime', r, fm.datefmt));
  let s = native ? formatMessage(fm, r) : callMethod(fm, 'formatMessage', r);
  if (r.exc_info !== None && r.exc_info !== undefined && truthy(r.exc_info)) {
    if (r.exc_text === None || !truthy(r.exc_text)) setOwn(r, 'exc_text', native ? formatExc(r.exc_info) : callMethod(fm, 'formatException', r.exc_info));
  }
  if (r.exc_text !== None && truthy(r.exc_text)) { if (!s.endsWith('\n')) s += '\n'; s += r.exc_text; }
  if (r.stack_info !== None && truthy(r.stack_info)) { if (!s.endsWith('\n')) s += '\n'; s += str(r.stack_info); }
  return s;
}

const fmtInit: any = function (this: Formatter, fmt: any = None, datefmt: any = None, style: any = '%', validate: any = true) {
  initFormatter(this, fmt, datefmt, style, validate); return None;
};
fmtInit.$callKw = function (this: Formatter, pos: any[], kw: Kw) {
  const names = ['fmt', 'datefmt', 'style', 'validate', 'defaults'];
  const v: any[] = [None, None, '%', true];
  pos.forEach((x, i) => { v[i] = x; });
  for (const [k, x] of kw) { const i = names.indexOf(k); if (i < 0) throw pyErr(E.TypeError, `Formatter.__init__() got an unexpected keyword argument '${k}'`); if (i < 4) v[i] = x; }
  initFormatter(this, v[0], v[1], v[2], v[3]); return None;
};
export const formatterClass: PyClass = nativeClass({ name: 'Formatter', module: 'logging', es: Formatter, dict: {
  __init__: fmtInit,
  default_time_format: '%Y-%m-%d %H:%M:%S',
  default_msec_format: '%s,%03d',
  format(this: any, r: any) { return formatRecord(this, r); },
  formatTime(this: any, r: any, datefmt: any = None) { return formatTime(this, r, datefmt); },
  formatException(ei: any) { return formatExc(ei); },
  formatMessage(this: any, r: any) { return formatMessage(this, r); },
  usesTime(this: any) { return usesTime(this); },
  formatStack(s: any) { return s; },
} });
export const defaultFormatter = (): any => { const fm = new Formatter(); initFormatter(fm, None, None, '%', true); return fm; };
