// `inspect` (the introspection a program can do here): is* predicates, signature() with
// Parameter/Signature objects and CPython's str() forms, unwrap, getdoc, cleandoc.
import { PyObject, PyClass, nativeClass, None, isClass, typeOf, moduleClass, tuple } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { pyfunc, Sig } from '../py/call';
import { getattr, getattrDefault, classLookup } from '../py/attrs';
import { repr, str, truthy } from '../py/protocols';
import { registerModule } from '../py/modules';
import { PyDict } from '../py/dict';
import { Coroutine, PyGenerator, AsyncGenerator } from '../py/generators';
import { Partial } from './functools';
import { formatSignature, ParamInfo, formatAnnotation } from './_sigfmt';
import { dictEntries } from './_rt';

const fnOf = (f: any): any => {
  for (;;) {
    if (typeof f === 'function' && f.$bound !== undefined && f.$func) { f = f.$func; continue; }
    if (f instanceof Partial) { f = f.func; continue; }
    return f;
  }
};
const kindIs = (k: string) => (o: any) => { const f = fnOf(o); return typeof f === 'function' && f.$isclass !== true && f.$kind === k; };
export const isCoroutineFunction = (o: any) => kindIs('coroutine')(o) || getattrDefault(o, '_is_coroutine_marker', None) !== None;
const isFunction = (o: any) => typeof o === 'function' && o.$py === 1 && o.$bound === undefined;
const isMethod = (o: any) => typeof o === 'function' && o.$bound !== undefined && o.$func?.$py === 1;
const isBuiltin = (o: any) => typeof o === 'function' && o.$isclass !== true && o.$py !== 1 && !(o.$bound !== undefined && o.$func?.$py === 1);

// ------------------------------------------------------------------ Parameter / Signature

const KINDS = ['POSITIONAL_ONLY', 'POSITIONAL_OR_KEYWORD', 'VAR_POSITIONAL', 'KEYWORD_ONLY', 'VAR_KEYWORD'] as const;
const DESCRIPTIONS = ['positional-only', 'positional or keyword', 'variadic positional', 'keyword-only', 'variadic keyword'];
class ParamKind extends PyObject {
  constructor(public value = 0) { super(); }
  get name() { return KINDS[this.value]; }
  get description() { return DESCRIPTIONS[this.value]; }
  __repr__() { return `<_ParameterKind.${KINDS[this.value]}: ${this.value}>`; }
  __str__() { return KINDS[this.value]; }
  __eq__(o: any) { return o instanceof ParamKind ? o.value === this.value : o === this.value; }
  __hash__() { return this.value; }
  __lt__(o: any) { return this.value < (o instanceof ParamKind ? o.value : o); }
}
nativeClass({ name: '_ParameterKind', module: 'inspect', es: ParamKind });
const KIND_OBJ = KINDS.map((_, i) => new ParamKind(i));

class Empty extends PyObject {}
const emptyClass = nativeClass({ name: '_empty', module: 'inspect', es: Empty });

class Parameter extends PyObject {
  $p!: ParamInfo;
  get name() { return this.$p.name; }
  get kind() { return KIND_OBJ[KINDS.indexOf(this.$p.kind)]; }
  get default() { return this.$p.default === undefined ? emptyClass : this.$p.default; }
  get annotation() { return this.$p.annotation === undefined ? emptyClass : this.$p.annotation; }
  __str__() { return formatSignature([this.$p]).slice(1, -1).replace(/^\/, |, \/$|^\*, /g, ''); }
  __repr__() { return `<Parameter "${this.__str__()}">`; }
}
const parameterClass = nativeClass({ name: 'Parameter', module: 'inspect', es: Parameter, dict: {
  empty: emptyClass,
  POSITIONAL_ONLY: KIND_OBJ[0], POSITIONAL_OR_KEYWORD: KIND_OBJ[1], VAR_POSITIONAL: KIND_OBJ[2], KEYWORD_ONLY: KIND_OBJ[3], VAR_KEYWORD: KIND_OBJ[4],
} });
function param(p: ParamInfo): Parameter { const x = new Parameter(); x.$p = p; return x; }

class Signature extends PyObject {
  $ps: ParamInfo[] = []; $ret: any = undefined;
  get parameters() {
    const d = new PyDict();
    for (const p of this.$ps) d.$set(p.name, param(p));
    return d;
  }
  get return_annotation() { return this.$ret === undefined ? emptyClass : this.$ret; }
  __str__() { return formatSignature(this.$ps, this.$ret); }
  __repr__() { return `<Signature ${this.__str__()}>`; }
}
const signatureClass = nativeClass({ name: 'Signature', module: 'inspect', es: Signature, dict: { empty: emptyClass } });

/** A Python function's annotations (name → value), when the runtime kept them. */
function annotationsOf(f: any): Map<string, any> {
  const m = new Map<string, any>();
  const a = getattrDefault(f, '__annotations__', undefined);
  if (a instanceof PyDict) for (const [k, v] of dictEntries(a)) m.set(k, v);
  else if (f?.$annotations && typeof f.$annotations === 'object') for (const [k, v] of Object.entries(f.$annotations)) m.set(k, v);
  return m;
}

function paramsFromSig(sig: Sig, ann: Map<string, any>): ParamInfo[] {
  const out: ParamInfo[] = [];
  const pos = [...sig.posonly, ...sig.args];
  const first = pos.length - sig.ndefaults;
  pos.forEach((n, i) => out.push({ name: n, kind: i < sig.posonly.length ? 'POSITIONAL_ONLY' : 'POSITIONAL_OR_KEYWORD',
    annotation: ann.get(n), default: i >= first ? sig.defaults?.[i - first] : undefined }));
  if (sig.vararg !== undefined) out.push({ name: sig.vararg, kind: 'VAR_POSITIONAL', annotation: ann.get(sig.vararg) });
  for (const n of sig.kwonly) out.push({ name: n, kind: 'KEYWORD_ONLY', annotation: ann.get(n), default: sig.kwdefaults?.[n] });
  if (sig.kwarg !== undefined) out.push({ name: sig.kwarg, kind: 'VAR_KEYWORD', annotation: ann.get(sig.kwarg) });
  return out;
}

export function signatureOf(o: any): Signature {
  const s = new Signature();
  if (typeof o === 'function' && o.$bound !== undefined && o.$func) {
    const inner = signatureOf(o.$func);
    s.$ps = o.$func.$py === 1 ? inner.$ps.slice(1) : inner.$ps; s.$ret = inner.$ret;
    return s;
  }
  if (o instanceof Partial) {
    const inner = signatureOf(o.func);
    const n = o.args.length;
    const kw = new Map(dictEntries(o.keywords));
    s.$ps = inner.$ps.filter((p, i) => !(i < n && (p.kind === 'POSITIONAL_ONLY' || p.kind === 'POSITIONAL_OR_KEYWORD')))
      .map(p => (kw.has(p.name) ? { ...p, default: kw.get(p.name), kind: p.kind === 'POSITIONAL_OR_KEYWORD' ? 'KEYWORD_ONLY' : p.kind } : p));
    s.$ret = inner.$ret;
    return s;
  }
  if (isClass(o)) {
    const init = classLookup(o, '__init__');
    if (typeof init === 'function' && init.$sig) { const inner = signatureOf(init); s.$ps = init.$py === 1 ? inner.$ps.slice(1) : inner.$ps; return s; }
    throw pyErr(E.ValueError, `no signature found for builtin type ${repr(o)}`);
  }
  if (typeof o === 'function' && o.$sig) {
    const ann = annotationsOf(o);
    s.$ps = paramsFromSig(o.$sig, ann);
    s.$ret = ann.has('return') ? ann.get('return') : undefined;
    return s;
  }
  if (o && typeof o === 'object' && typeof o.__call__ === 'function' && o.__call__.$sig) return signatureOf(o.__call__);
  if (typeof o === 'function') throw pyErr(E.ValueError, `no signature found for builtin ${repr(o)}`);
  throw pyErr(E.TypeError, `${repr(o)} is not a callable object`);
}

function cleandoc(doc: string): string {
  const lines = doc.replace(/\t/g, '        ').split('\n');
  let margin = Infinity;
  for (const l of lines.slice(1)) { const c = l.replace(/^ +/, '').length; if (c) margin = Math.min(margin, l.length - c); }
  lines[0] = lines[0].replace(/^ +/, '');
  if (margin < Infinity) for (let i = 1; i < lines.length; i++) lines[i] = lines[i].slice(margin);
  while (lines.length && !lines[lines.length - 1]) lines.pop();
  while (lines.length && !lines[0]) lines.shift();
  return lines.join('\n');
}

/** inspect.getcoroutinestate / getgeneratorstate: CPython reads cr_running, cr_suspended, cr_frame. */
function genState(o: any, pre: 'cr' | 'gi', label: 'CORO' | 'GEN'): string {
  if (truthy(getattr(o, `${pre}_running`))) return `${label}_RUNNING`;
  const suspended = o instanceof PyGenerator ? o.$state === 2 : truthy(getattr(o, `${pre}_suspended`));
  if (suspended) return `${label}_SUSPENDED`;
  return getattr(o, `${pre}_frame`) === None ? `${label}_CLOSED` : `${label}_CREATED`;
}

const p1 = (name: string, f: (o: any) => boolean) => pyfunc(name, ['object'], (o: any) => !!f(o));

registerModule('inspect', () => ({
  iscoroutinefunction: p1('iscoroutinefunction', isCoroutineFunction),
  isgeneratorfunction: p1('isgeneratorfunction', kindIs('generator')),
  isasyncgenfunction: p1('isasyncgenfunction', kindIs('asyncgen')),
  iscoroutine: p1('iscoroutine', o => o instanceof Coroutine),
  isgenerator: p1('isgenerator', o => o instanceof PyGenerator),
  isasyncgen: p1('isasyncgen', o => o instanceof AsyncGenerator),
  isawaitable: p1('isawaitable', o => o instanceof Coroutine || (o !== null && typeof o === 'object' && !Array.isArray(o) && getattrDefault(o, '__await__', undefined) !== undefined)),
  isfunction: p1('isfunction', isFunction),
  ismethod: p1('ismethod', isMethod),
  isbuiltin: p1('isbuiltin', isBuiltin),
  isroutine: p1('isroutine', o => isFunction(o) || isMethod(o) || isBuiltin(o)),
  isclass: p1('isclass', isClass),
  ismodule: p1('ismodule', o => typeOf(o) === moduleClass),
  isabstract: p1('isabstract', o => isClass(o) && !!(o as any).$abstractmethods?.size),
  iscode: p1('iscode', () => false), isframe: p1('isframe', () => false), istraceback: p1('istraceback', () => false),
  signature: pyfunc('signature', ['obj', '*', 'follow_wrapped='], (o: any) => signatureOf(o), [true]),
  Signature: signatureClass, Parameter: parameterClass,
  unwrap: pyfunc('unwrap', ['func', '*', 'stop='], (f: any) => {
    const seen = new Set<any>();
    for (let w = getattrDefault(f, '__wrapped__', undefined); w !== undefined; w = getattrDefault(f, '__wrapped__', undefined)) {
      if (seen.has(f)) throw pyErr(E.ValueError, `wrapper loop when unwrapping ${repr(f)}`);
      seen.add(f); f = w;
    }
    return f;
  }, [None]),
  getdoc: pyfunc('getdoc', ['object'], (o: any) => { const d = getattrDefault(o, '__doc__', None); return typeof d === 'string' ? cleandoc(d) : None; }),
  cleandoc: pyfunc('cleandoc', ['doc'], (d: any) => cleandoc(str(d))),
  getmodule: pyfunc('getmodule', ['object', '_filename='], () => None, [None]),
  getsource: pyfunc('getsource', ['object'], () => { throw pyErr(E.NotImplementedError, 'inspect.getsource() is not supported in Asyncio Lab'); }),
  getsourcelines: pyfunc('getsourcelines', ['object'], () => { throw pyErr(E.NotImplementedError, 'inspect.getsourcelines() is not supported in Asyncio Lab'); }),
  currentframe: pyfunc('currentframe', [], () => None),
  stack: pyfunc('stack', ['context='], () => [], [1]),
  getmembers: pyfunc('getmembers', ['object', 'predicate='], (o: any) => {
    const names = new Set<string>();
    const C: PyClass = isClass(o) ? o : typeOf(o);
    for (const k of C.$mro) for (const n of Object.keys(k.prototype)) names.add(n);
    if (typeof o === 'object' && o !== null) for (const n of Object.keys(o)) names.add(n);
    return [...names].filter(n => !n.startsWith('$')).sort().map(n => { const v = getattrDefault(o, n, undefined); return v === undefined ? undefined : tuple([n, v]); }).filter(x => x !== undefined);
  }, [None]),
  formatannotation: pyfunc('formatannotation', ['annotation', 'base_module='], (a: any) => formatAnnotation(a), [None]),
  getcoroutinestate: pyfunc('getcoroutinestate', ['coroutine'], (c: any) => genState(c, 'cr', 'CORO')),
  getgeneratorstate: pyfunc('getgeneratorstate', ['generator'], (g: any) => genState(g, 'gi', 'GEN')),
  CORO_CREATED: 'CORO_CREATED', CORO_RUNNING: 'CORO_RUNNING', CORO_SUSPENDED: 'CORO_SUSPENDED', CORO_CLOSED: 'CORO_CLOSED',
  GEN_CREATED: 'GEN_CREATED', GEN_RUNNING: 'GEN_RUNNING', GEN_SUSPENDED: 'GEN_SUSPENDED', GEN_CLOSED: 'GEN_CLOSED',
  CO_COROUTINE: 128, CO_GENERATOR: 32, CO_ASYNC_GENERATOR: 512, CO_ITERABLE_COROUTINE: 256,
}));
