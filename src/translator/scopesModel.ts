// Data model of the symbol tables (see scopes.ts): use flags, resolved scopes, Scope objects.

import type * as A from './ast';

export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
/** Not in CPython: the name is the target of `del` or an `except ... as` name in this scope. */
export const DEF_DELETED = 1 << 16;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export type SymScope = 'local' | 'global_explicit' | 'global_implicit' | 'free' | 'cell';
export type ScopeType = 'module' | 'function' | 'class';
export type ComprehensionKind = 'list' | 'set' | 'dict' | 'gen';

/** A syntax error found while building the table (CPython raises SyntaxError for these). */
export interface ScopeError { message: string; lineno: number; col_offset: number }

export class Scope {
  /** Name as `symtable` reports it: 'top', 'f', 'lambda', 'listcomp', 'genexpr'... */
  readonly name: string;
  readonly children: Scope[] = [];
  /** Use flags per (mangled) name, in first-use order. */
  readonly flags = new Map<string, number>();
  /** Resolved scope per name, filled by `analyze()`. */
  readonly scopes = new Map<string, SymScope>();
  /** Parameter names in `co_varnames` order (posonly, args, kwonly, *args, **kwargs). */
  readonly params: string[] = [];
  isGenerator = false;
  isCoroutine = false;
  comprehension: ComprehensionKind | null = null;
  /** Class scope only: a method uses `super`/`__class__`, so the class needs a `__class__` cell. */
  needsClassClosure = false;
  /** Class name used for private-name mangling inside this scope (null outside classes). */
  privateName: string | null = null;
  // Build-time state (symtable.c: ste_comp_iter_expr / ste_comp_iter_target).
  compIterExpr = 0;
  compIterTarget = false;
  hasFree = false;
  childFree = false;
  /** Where each `global`/`nonlocal` (or walrus-implied) directive appeared, for error messages. */
  readonly directives = new Map<string, { lineno: number; col_offset: number }>();

  constructor(
    readonly type: ScopeType,
    name: string,
    readonly node: A.Node,
    readonly parent: Scope | null,
    readonly lineno: number,
  ) {
    this.name = name;
  }

  /** `co_name` of the code object: '<module>', 'f', '<lambda>', '<listcomp>', 'C'... */
  get coName(): string {
    if (this.type === 'module') return '<module>';
    if (this.comprehension !== null || this.name === 'lambda' && this.node._type === 'Lambda') {
      return `<${this.name}>`;
    }
    return this.name;
  }

  /** True for function-like scopes: def, lambda, comprehension. */
  get isFunction(): boolean {
    return this.type === 'function';
  }

  /** Private-name mangling (`_Py_Mangle`). */
  mangle(name: string): string {
    return mangle(this.privateName, name);
  }

  /** Resolved scope of an already mangled name (undefined if the name does not occur here). */
  lookup(name: string): SymScope | undefined {
    return this.scopes.get(name);
  }

  /** Flags of an already mangled name (0 when absent). */
  flagsOf(name: string): number {
    return this.flags.get(name) ?? 0;
  }
}

/** `_Py_Mangle`: `__x` inside class `_C` becomes `_C__x` (not dunders, not dotted names). */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return `_${stripped}${name}`;
}

export interface SymbolTable {
  top: Scope;
  /** Scope created by a node: Module, FunctionDef, AsyncFunctionDef, ClassDef, Lambda, comprehensions. */
  byNode: Map<A.Node, Scope>;
  errors: ScopeError[];
  /** `from __future__ import annotations` is in effect. */
  futureAnnotations: boolean;
  /** Names deleted (by `del` or the end of an `except ... as` block) through a `nonlocal`/free binding. */
  deletedFromInside: Set<string>;
}

export interface SymbolTableOptions {
  /** Top-level `await` and async comprehensions are allowed (notebook cells). */
  allowTopLevelAwait?: boolean;
}
