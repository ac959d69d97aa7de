// `io`: in-memory streams (StringIO, BytesIO) with the C implementation's positions, padding and
// error messages, plus the names shared with builtin open() (TextIOWrapper, UnsupportedOperation).
// Both keep their contents as arrays (code points / bytes) so positions count what Python counts.
import { PyObject, PyClass, nativeClass, None, typeName } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { iter, repr } from '../py/protocols';
import { callMethod } from '../py/attrs';
import { registerModule } from '../py/modules';
import { PyBytes } from '../py/bytes';
import { intOf } from '../py/int';
import { fileClass, openBuiltin, unsupportedOperationClass } from './memfs';

const NEWLINES = ['\n', '', '\r', '\r\n'];

/** An int argument (size, position); None gives `dflt`. */
function intArg(v: any, dflt: number): number {
  if (v === None || v === undefined) return dflt;
  const i = intOf(v);
  if (i === undefined) throw pyErr(E.TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  return Number(i);
}

class IOBase extends PyObject {
  $closed = false;
  $closedMsg = 'I/O operation on closed file.';
  get closed() { return this.$closed; }
  $check() { if (this.$closed) throw pyErr(E.ValueError, this.$closedMsg); }
}
const ioBaseClass = nativeClass({ name: '_IOBase', module: '_io', es: IOBase, dict: {
  close(this: IOBase) { this.$closed = true; return None; },
  flush(this: IOBase) { this.$check(); return None; },
  readable(this: IOBase) { this.$check(); return true; },
  writable(this: IOBase) { this.$check(); return true; },
  seekable(this: IOBase) { this.$check(); return true; },
  isatty(this: IOBase) { this.$check(); return false; },
  fileno() { throw pyErr(unsupportedOperationClass(), 'fileno'); },
  __enter__(this: IOBase) { this.$check(); return this; },
  __exit__(this: IOBase) { this.$closed = true; return None; },
  __iter__(this: IOBase) { this.$check(); return this; },
  writelines(this: IOBase, lines: any) { this.$check(); for (const l of iter(lines)) callMethod(this, 'write', l); return None; },
  readlines(this: IOBase, hint: any = -1) {
    this.$check();
    const limit = intArg(hint, -1), out: any[] = [];
    let total = 0;
    for (;;) {
      const l = callMethod(this, 'readline');
      const n = l instanceof PyBytes ? l.$b.length : [...l].length;
      if (!n) return out;
      out.push(l);
      total += n;
      if (limit > 0 && total >= limit) return out;
    }
  },
} });
const textIOBaseClass = nativeClass({ name: '_TextIOBase', module: '_io', bases: [ioBaseClass] });
const bufferedIOBaseClass = nativeClass({ name: '_BufferedIOBase', module: '_io', bases: [ioBaseClass] });
const rawIOBaseClass = nativeClass({ name: '_RawIOBase', module: '_io', bases: [ioBaseClass] });

/** seek() argument checks shared by StringIO (which only allows cur/end-relative seeks of 0). */
function checkWhence(whence: number) {
  if (whence !== 0 && whence !== 1 && whence !== 2) throw pyErr(E.ValueError, `Invalid whence (${whence}, should be 0, 1 or 2)`);
}

// ------------------------------------------------------------------ StringIO

class StringIO extends IOBase {
  $buf: string[] = []; $pos = 0; $newline: any = '\n';
  $closedMsg = 'I/O operation on closed file';
  get line_buffering() { this.$check(); return false; }
  get newlines() { this.$check(); return None; }
  /** Newline translation on write: universal (None) turns \r\n and \r into \n; '\r' or '\r\n' replace \n. */
  $translate(s: string): string {
    if (this.$newline === None) return s.replace(/\r\n?/g, '\n');
    if (this.$newline === '\r' || this.$newline === '\r\n') return s.replace(/\n/g, this.$newline);
    return s;
  }
  $write(s: string): number {
    const chars = [...this.$translate(s)];
    while (this.$buf.length < this.$pos) this.$buf.push('\0');
    this.$buf.splice(this.$pos, chars.length, ...chars);
    this.$pos += chars.length;
    return [...s].length;
  }
  /** The end (exclusive) of the line starting at the current position. */
  $lineEnd(limit: number): number {
    const b = this.$buf, n = b.length;
    let end = this.$pos;
    const stop = limit >= 0 ? Math.min(n, this.$pos + limit) : n;
    while (end < stop) {
      const c = b[end++];
      if (this.$newline === '') {
        if (c === '\n') break;
        if (c === '\r') { if (end < stop && b[end] === '\n') end++; break; }
      } else if (this.$newline === '\r\n') {
        if (c === '\r' && end < stop && b[end] === '\n') { end++; break; }
      } else if (c === (this.$newline === '\r' ? '\r' : '\n')) break;
    }
    return end;
  }
  $take(end: number): string { const s = this.$buf.slice(this.$pos, end).join(''); this.$pos = Math.max(this.$pos, end); return s; }
}
const stringIOClass: PyClass = nativeClass({ name: 'StringIO', module: '_io', bases: [textIOBaseClass], es: StringIO,
  new: (C, args, kw) => {
    const s: StringIO = Reflect.construct(StringIO, [], C);
    const init = args.length > 0 ? args[0] : kw?.get('initial_value') ?? '';
    const nl = args.length > 1 ? args[1] : kw?.has('newline') ? kw.get('newline') : '\n';
    if (nl !== None && typeof nl !== 'string') throw pyErr(E.TypeError, `newline must be str or None, not ${typeName(nl)}`);
    if (nl !== None && !NEWLINES.includes(nl)) throw pyErr(E.ValueError, `illegal newline value: ${repr(nl)}`);
    if (init !== None && typeof init !== 'string') throw pyErr(E.TypeError, `initial_value must be str or None, not ${typeName(init)}`);
    s.$newline = nl;
    if (init !== None && init) { s.$write(init); s.$pos = 0; }
    return s;
  },
  dict: {
    getvalue(this: StringIO) { this.$check(); return this.$buf.join(''); },
    write(this: StringIO, s: any) {
      this.$check();
      if (typeof s !== 'string') throw pyErr(E.TypeError, `string argument expected, got '${typeName(s)}'`);
      return this.$write(s);
    },
    read(this: StringIO, size: any = -1) {
      this.$check();
      const n = intArg(size, -1);
      return this.$take(n < 0 ? this.$buf.length : Math.min(this.$buf.length, this.$pos + n));
    },
    readline(this: StringIO, size: any = -1) { this.$check(); return this.$take(this.$lineEnd(intArg(size, -1))); },
    __next__(this: StringIO) {
      this.$check();
      const l = this.$take(this.$lineEnd(-1));
      if (!l) throw pyErr(E.StopIteration);
      return l;
    },
    tell(this: StringIO) { this.$check(); return this.$pos; },
    seek(this: StringIO, pos: any, whence: any = 0) {
      this.$check();
      const p = intArg(pos, 0), w = intArg(whence, 0);
      checkWhence(w);
      if (p < 0 && w === 0) throw pyErr(E.ValueError, `Negative seek position ${p}`);
      if (w !== 0 && p !== 0) throw pyErr(E.OSError, "Can't do nonzero cur-relative seeks");
      if (w === 2) this.$pos = this.$buf.length; else if (w === 0) this.$pos = p;
      return this.$pos;
    },
    truncate(this: StringIO, pos: any = None) {
      this.$check();
      const n = intArg(pos, this.$pos);
      if (n < 0) throw pyErr(E.ValueError, `Negative size value ${n}`);
      if (n < this.$buf.length) this.$buf.length = n;
      return n;
    },
    detach() { throw pyErr(unsupportedOperationClass(), 'detach'); },
  } });

// ------------------------------------------------------------------ BytesIO

/** The bytes of a bytes-like argument, or undefined. */
const bytesOf = (v: any): Uint8Array | undefined => (v instanceof PyBytes ? v.$b : undefined);

class BytesIO extends IOBase {
  $buf: number[] = []; $pos = 0;
  $take(end: number): PyBytes { const b = this.$buf.slice(this.$pos, end); this.$pos = Math.max(this.$pos, end); return new PyBytes(Uint8Array.from(b)); }
  $lineEnd(limit: number): number {
    const n = this.$buf.length, stop = limit >= 0 ? Math.min(n, this.$pos + limit) : n;
    let end = this.$pos;
    while (end < stop) if (this.$buf[end++] === 10) break;
    return end;
  }
}
const bytesIOClass: PyClass = nativeClass({ name: 'BytesIO', module: '_io', bases: [bufferedIOBaseClass], es: BytesIO,
  new: (C, args, kw) => {
    const b: BytesIO = Reflect.construct(BytesIO, [], C);
    const init = args.length > 0 ? args[0] : kw?.get('initial_bytes') ?? None;
    if (init !== None) {
      const bytes = bytesOf(init);
      if (bytes === undefined) throw pyErr(E.TypeError, `a bytes-like object is required, not '${typeName(init)}'`);
      b.$buf = Array.from(bytes);
    }
    return b;
  },
  dict: {
    getvalue(this: BytesIO) { this.$check(); return new PyBytes(Uint8Array.from(this.$buf)); },
    write(this: BytesIO, v: any) {
      this.$check();
      const bytes = bytesOf(v);
      if (bytes === undefined) throw pyErr(E.TypeError, `a bytes-like object is required, not '${typeName(v)}'`);
      while (this.$buf.length < this.$pos) this.$buf.push(0);
      this.$buf.splice(this.$pos, bytes.length, ...bytes);
      this.$pos += bytes.length;
      return bytes.length;
    },
    read(this: BytesIO, size: any = -1) {
      this.$check();
      const n = intArg(size, -1);
      return this.$take(n < 0 ? this.$buf.length : Math.min(this.$buf.length, this.$pos + n));
    },
    read1(this: BytesIO, size: any = -1) { return (bytesIOClass.prototype.read as any).call(this, size); },
    readline(this: BytesIO, size: any = -1) { this.$check(); return this.$take(this.$lineEnd(intArg(size, -1))); },
    __next__(this: BytesIO) {
      this.$check();
      const l = this.$take(this.$lineEnd(-1));
      if (!l.$b.length) throw pyErr(E.StopIteration);
      return l;
    },
    tell(this: BytesIO) { this.$check(); return this.$pos; },
    seek(this: BytesIO, pos: any, whence: any = 0) {
      this.$check();
      const p = intArg(pos, 0), w = intArg(whence, 0);
      checkWhence(w);
      if (p < 0 && w === 0) throw pyErr(E.ValueError, `negative seek value ${p}`);
      const base = w === 0 ? 0 : w === 1 ? this.$pos : this.$buf.length;
      this.$pos = Math.max(0, base + p);
      return this.$pos;
    },
    truncate(this: BytesIO, pos: any = None) {
      this.$check();
      const n = intArg(pos, this.$pos);
      if (n < 0) throw pyErr(E.ValueError, `negative size value ${n}`);
      if (n < this.$buf.length) this.$buf.length = n;
      return n;
    },
  } });

registerModule('io', () => ({
  StringIO: stringIOClass, BytesIO: bytesIOClass, TextIOWrapper: fileClass, open: openBuiltin,
  IOBase: ioBaseClass, TextIOBase: textIOBaseClass, BufferedIOBase: bufferedIOBaseClass, RawIOBase: rawIOBaseClass,
  UnsupportedOperation: unsupportedOperationClass(),
  SEEK_SET: 0, SEEK_CUR: 1, SEEK_END: 2, DEFAULT_BUFFER_SIZE: 8192,
}));
