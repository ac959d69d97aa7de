// logging.Filterer, Filter, Handler, StreamHandler, FileHandler, NullHandler and lastResort.
// Methods a Python subclass may override (emit, format, filter, handle...) are always called
// through the instance.
import { PyObject, PyClass, nativeClass, None, typeName } from '../py/object';
import { E, pyErr, toPyException } from '../py/exceptions';
import { Kw, call } from '../py/call';
import { callMethod, getattrDefault } from '../py/attrs';
import { repr, truthy, str } from '../py/protocols';
import { writeErr } from '../py/io';
import { formatException } from '../py/tbformat';
import { NOTSET, WARNING, checkLevel, getLevelName, formatRecord, defaultFormatter } from './_logrecord';
import { currentStderr } from './sys';
import { openFile } from './memfs';

export class Filterer extends PyObject { filters: any[] = []; }
export function runFilters(f: any, record: any): boolean {
  for (const flt of f.filters ?? []) {
    const fn = getattrDefault(flt, 'filter', undefined);
    if (!truthy(fn !== undefined ? call(fn, record) : call(flt, record))) return false;
  }
  return true;
}
const filtererDict = {
  addFilter(this: Filterer, f: any) { if (!this.filters.includes(f)) this.filters.push(f); return None; },
  removeFilter(this: Filterer, f: any) { const i = this.filters.indexOf(f); if (i >= 0) this.filters.splice(i, 1); return None; },
  filter(this: Filterer, record: any) { return runFilters(this, record); },
};
export const filtererClass = nativeClass({ name: 'Filterer', module: 'logging', es: Filterer, dict: filtererDict });

class Filter extends PyObject { name = ''; nlen = 0; }
export const filterClass = nativeClass({ name: 'Filter', module: 'logging', es: Filter, dict: {
  __init__(this: Filter, name: any = '') { this.name = name; this.nlen = name.length; return None; },
  filter(this: Filter, record: any) {
    if (this.nlen === 0) return true;
    if (this.name === record.name) return true;
    if (!String(record.name).startsWith(this.name)) return false;
    return record.name[this.nlen] === '.';
  },
} });

export class Handler extends Filterer {
  _name: any = None; level = NOTSET; formatter: any = None; _closed = false;
  get name() { return this._name; }
  set name(v: any) { this._name = v; }
}

const formatVia = (h: any, record: any) => {
  const fm = h.formatter === None || h.formatter === undefined ? defaultFormatter() : h.formatter;
  return fm.$cls?.$user || typeof fm.format !== 'function' || fm.format.$py === 1 ? callMethod(fm, 'format', record) : formatRecord(fm, record);
};

/** Handler.handleError: CPython prints the error, the stack and the message to stderr. */
function handleError(record: any, e: any) {
  const exc = toPyException(e);
  let s = '--- Logging error ---\n' + formatException(exc);
  s += `Message: ${repr(record.msg)}\nArguments: ${repr(record.args)}\n`;
  writeErr(s);
}

function initHandler(h: Handler, level: any) { h._name = None; h.level = checkLevel(level); h.formatter = None; h._closed = false; h.filters = []; }

export const handlerClass: PyClass = nativeClass({ name: 'Handler', module: 'logging', bases: [filtererClass], es: Handler, dict: {
  __init__(this: Handler, level: any = NOTSET) { initHandler(this, level); return None; },
  get_name(this: Handler) { return this._name; },
  set_name(this: Handler, n: any) { this._name = n; return None; },
  createLock() { return None; }, acquire() { return None; }, release() { return None; },
  setLevel(this: Handler, level: any) { this.level = checkLevel(level); return None; },
  format(this: Handler, record: any) { return formatVia(this, record); },
  emit() { throw pyErr(E.NotImplementedError, 'emit must be implemented by Handler subclasses'); },
  handle(this: Handler, record: any) {
    const rv = truthy(callMethod(this, 'filter', record));
    if (rv) callMethod(this, 'emit', record);
    return rv;
  },
  setFormatter(this: Handler, fmt: any) { this.formatter = fmt; return None; },
  flush() { return None; },
  close(this: Handler) { this._closed = true; return None; },
  handleError(this: Handler, record: any) { handleError(record, pyErr(E.Exception)); return None; },
  __repr__(this: Handler) { return `<${typeName(this)} (${getLevelName(this.level)})>`; },
} });

export class StreamHandlerObj extends Handler { stream: any = None; terminator = '\n'; }
export function streamEmit(h: any, record: any) {
  try {
    const msg = callMethod(h, 'format', record);
    callMethod(h.stream, 'write', str(msg) + h.terminator);
    callMethod(h, 'flush');
  } catch (e: any) {
    if (e?.$cls === E.RecursionError) throw e;
    handleError(record, e);
  }
}
const shInit: any = function (this: StreamHandlerObj, stream: any = None) {
  initHandler(this, NOTSET);
  this.stream = stream === None ? currentStderr() : stream;
  return None;
};
shInit.$callKw = function (this: StreamHandlerObj, pos: any[], kw: Kw) { return shInit.call(this, kw.has('stream') ? kw.get('stream') : (pos[0] ?? None)); };
export const streamHandlerClass: PyClass = nativeClass({ name: 'StreamHandler', module: 'logging', bases: [handlerClass], es: StreamHandlerObj, dict: {
  __init__: shInit,
  terminator: '\n',
  flush(this: StreamHandlerObj) { if (this.stream && getattrDefault(this.stream, 'flush', undefined) !== undefined) callMethod(this.stream, 'flush'); return None; },
  emit(this: StreamHandlerObj, record: any) { streamEmit(this, record); return None; },
  setStream(this: StreamHandlerObj, stream: any) {
    if (stream === this.stream) return None;
    const old = this.stream; callMethod(this, 'flush'); this.stream = stream; return old;
  },
  __repr__(this: StreamHandlerObj) {
    let name = str(getattrDefault(this.stream, 'name', ''));
    if (name) name += ' ';
    return `<${typeName(this)} ${name}(${getLevelName(this.level)})>`;
  },
} });

class FileHandlerObj extends StreamHandlerObj { baseFilename = ''; mode = 'a'; encoding: any = None; delay = false; }
export const fileHandlerClass: PyClass = nativeClass({ name: 'FileHandler', module: 'logging', bases: [streamHandlerClass], es: FileHandlerObj, dict: {
  __init__(this: FileHandlerObj, filename: any, mode: any = 'a', encoding: any = None, delay: any = false) {
    initHandler(this, NOTSET);
    this.baseFilename = require('./os').abspath(str(filename)); this.mode = mode; this.encoding = encoding; this.delay = !!delay;
    this.stream = delay ? None : openFile(this.baseFilename, mode);
    return None;
  },
  emit(this: FileHandlerObj, record: any) {
    if (this.stream === None) this.stream = openFile(this.baseFilename, this.mode);
    streamEmit(this, record); return None;
  },
  close(this: FileHandlerObj) { if (this.stream !== None) { callMethod(this.stream, 'close'); this.stream = None; } this._closed = true; return None; },
  __repr__(this: FileHandlerObj) { return `<${typeName(this)} ${this.baseFilename} (${getLevelName(this.level)})>`; },
} });

export const nullHandlerClass: PyClass = nativeClass({ name: 'NullHandler', module: 'logging', bases: [handlerClass], es: Handler, dict: {
  handle() { return None; }, emit() { return None; }, createLock() { return None; },
} });

/** logging.lastResort: level WARNING, always writes to the current sys.stderr. */
class StderrHandler extends StreamHandlerObj {}
export const stderrHandlerClass: PyClass = nativeClass({ name: '_StderrHandler', module: 'logging', bases: [streamHandlerClass], es: StderrHandler, dict: {
  __init__(this: StderrHandler, level: any = NOTSET) { initHandler(this, level); return None; },
} });
Object.defineProperty(stderrHandlerClass.prototype, 'stream', { get: () => currentStderr(), set: () => undefined, configurable: true });
export function makeLastResort(): any {
  const h: any = new StderrHandler();
  initHandler(h, WARNING);
  delete h.stream;
  return h;
}
