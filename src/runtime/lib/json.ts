// `json`: dumps/loads/dump/load, JSONEncoder/JSONDecoder and JSONDecodeError (CPython 3.11).
import { PyObject, nativeClass, None, typeName, PyClass, tuple } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { pyfunc, callKw, Kw } from '../py/call';
import { callMethod } from '../py/attrs';

import { registerModule } from '../py/modules';
import { PyBytes } from '../py/bytes';
import { encode, EncOptions } from './_jsonenc';
import { decode, DecodeHooks, JSONDecodeError, Scanner, decodeError } from './_jsondec';

class Encoder extends PyObject {
  skipkeys = false; ensure_ascii = true; check_circular = true; allow_nan = true; sort_keys = false;
  indent: any = None; item_separator = ', '; key_separator = ': ';
  $opts(): EncOptions {
    const ind = this.indent;
    const userDefault = Object.prototype.hasOwnProperty.call(this, 'default') || this.$cls !== encoderClass;
    return {
      skipkeys: !!this.skipkeys, ensureAscii: !!this.ensure_ascii, checkCircular: !!this.check_circular,
      allowNan: !!this.allow_nan, sortKeys: !!this.sort_keys,
      indent: ind === None ? null : typeof ind === 'string' ? ind : ' '.repeat(Number(ind)),
      itemSep: this.item_separator, keySep: this.key_separator,
      default: userDefault ? (o: any) => callMethod(this, 'default', o) : undefined,
    };
  }
}
function encoderInit(e: Encoder, kw: Kw | undefined) {
  const get = (k: string, d: any) => (kw?.has(k) ? kw.get(k) : d);
  e.skipkeys = get('skipkeys', false); e.ensure_ascii = get('ensure_ascii', true); e.check_circular = get('check_circular', true);
  e.allow_nan = get('allow_nan', true); e.sort_keys = get('sort_keys', false); e.indent = get('indent', None);
  const seps = get('separators', None);
  if (seps !== None) { [e.item_separator, e.key_separator] = Array.from(seps as any[]); } else if (e.indent !== None) e.item_separator = ',';
  const d = get('default', None);
  if (d !== None) Object.defineProperty(e, 'default', { value: d, writable: true, enumerable: true, configurable: true });
}
const encInit: any = function (this: Encoder) { encoderInit(this, undefined); return None; };
encInit.$callKw = function (this: Encoder, pos: any[], kw: Kw) {
  if (pos.length) throw pyErr(E.TypeError, `JSONEncoder.__init__() takes 1 positional argument but ${pos.length + 1} were given`);
  encoderInit(this, kw); return None;
};
const encoderClass: PyClass = nativeClass({ name: 'JSONEncoder', module: 'json.encoder', es: Encoder, dict: {
  __init__: encInit,
  default(o: any) { throw pyErr(E.TypeError, `Object of type ${typeName(o)} is not JSON serializable`); },
  encode(this: Encoder, o: any) { return encode(o, this.$opts()); },
  iterencode(this: Encoder, o: any) { return [encode(o, this.$opts())]; },
} });

class Decoder extends PyObject { object_hook: any = None; object_pairs_hook: any = None; parse_float: any = None; parse_int: any = None; parse_constant: any = None; strict = true; }
function hooksOf(d: Decoder): DecodeHooks {
  return { objectHook: d.object_hook, pairsHook: d.object_pairs_hook, parseFloat: d.parse_float, parseInt: d.parse_int, parseConstant: d.parse_constant, strict: !!d.strict };
}
const decInit: any = function (this: Decoder) { return None; };
decInit.$callKw = function (this: Decoder, pos: any[], kw: Kw) {
  if (pos.length) throw pyErr(E.TypeError, `JSONDecoder.__init__() takes 1 positional argument but ${pos.length + 1} were given`);
  for (const [k, v] of kw) {
    if (!['object_hook', 'object_pairs_hook', 'parse_float', 'parse_int', 'parse_constant', 'strict'].includes(k)) {
      throw pyErr(E.TypeError, `JSONDecoder.__init__() got an unexpected keyword argument '${k}'`);
    }
    (this as any)[k] = v;
  }
  return None;
};
const decoderClass: PyClass = nativeClass({ name: 'JSONDecoder', module: 'json.decoder', es: Decoder, dict: {
  __init__: decInit,
  decode(this: Decoder, s: string) { return decode(s, hooksOf(this)); },
  raw_decode(this: Decoder, s: string, idx: any = 0) {
    const sc = new Scanner(s, hooksOf(this));
    try { const [obj, end] = sc.scanOnce(Number(idx)); return tuple([obj, end]); } catch (e: any) {
      if (e && typeof e.idx === 'number' && !(e instanceof PyObject)) throw decodeError('Expecting value', s, e.idx);
      throw e;
    }
  },
} });

const DUMP_KW = ['skipkeys=', 'ensure_ascii=', 'check_circular=', 'allow_nan=', 'cls=', 'indent=', 'separators=', 'default=', 'sort_keys=', '**kw'];
const DUMP_DEFAULTS = [false, true, true, true, None, None, None, None, false];

function dumps(obj: any, skipkeys: any, ensureAscii: any, checkCircular: any, allowNan: any, cls: any, indent: any, separators: any, dflt: any, sortKeys: any, kw: Kw): string {
  const k: Kw = new Map([['skipkeys', skipkeys], ['ensure_ascii', ensureAscii], ['check_circular', checkCircular], ['allow_nan', allowNan],
    ['indent', indent], ['separators', separators], ['default', dflt], ['sort_keys', sortKeys], ...kw]);
  const enc = cls === None ? newEncoder(k) : callKw(cls, [], k);
  return enc instanceof Encoder && enc.$cls === encoderClass ? encode(obj, enc.$opts()) : callMethod(enc, 'encode', obj);
}
function newEncoder(k: Kw): Encoder { const e = new Encoder(); encoderInit(e, k); return e; }

function loads(s: any, cls: any, objectHook: any, parseFloat: any, parseInt: any, parseConstant: any, pairsHook: any, kw: Kw): any {
  if (s instanceof PyBytes) s = new TextDecoder().decode(s.$b);
  else if (typeof s !== 'string') throw pyErr(E.TypeError, `the JSON object must be str, bytes or bytearray, not ${typeName(s)}`);
  const hooks: DecodeHooks = { objectHook, pairsHook, parseFloat, parseInt, parseConstant, strict: kw.has('strict') ? !!kw.get('strict') : true };
  if (cls === None && kw.size === 0) return decode(s, hooks);
  const k: Kw = new Map([...kw]);
  for (const [n, v] of [['object_hook', objectHook], ['parse_float', parseFloat], ['parse_int', parseInt], ['parse_constant', parseConstant], ['object_pairs_hook', pairsHook]]) if (v !== None) k.set(n, v);
  const dec = callKw(cls === None ? decoderClass : cls, [], k);
  return callMethod(dec, 'decode', s);
}
const LOAD_KW = ['cls=', 'object_hook=', 'parse_float=', 'parse_int=', 'parse_constant=', 'object_pairs_hook=', '**kw'];
const LOAD_DEFAULTS = [None, None, None, None, None, None];

registerModule('json', () => ({
  dumps: pyfunc('dumps', ['obj', '*', ...DUMP_KW], dumps, DUMP_DEFAULTS),
  dump: pyfunc('dump', ['obj', 'fp', '*', ...DUMP_KW], (obj: any, fp: any, ...rest: any[]) => {
    callMethod(fp, 'write', (dumps as any)(obj, ...rest)); return None;
  }, DUMP_DEFAULTS),
  loads: pyfunc('loads', ['s', '*', ...LOAD_KW], loads, LOAD_DEFAULTS),
  load: pyfunc('load', ['fp', '*', ...LOAD_KW], (fp: any, ...rest: any[]) => (loads as any)(callMethod(fp, 'read'), ...rest), LOAD_DEFAULTS),
  JSONEncoder: encoderClass,
  JSONDecoder: decoderClass,
  JSONDecodeError,
  __all__: ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder'],
}));
registerModule('json.decoder', () => ({ JSONDecoder: decoderClass, JSONDecodeError }));
registerModule('json.encoder', () => ({ JSONEncoder: encoderClass }));

