// Emitter state: the module being translated (`ModuleEmitter`) and one `FnCtx` per JS function
// being written (module body, def/lambda, class body, comprehension).
//
// FnCtx also carries a definite-assignment analysis, run while statements are emitted in program
// order: `da` is the set of (mangled) local names certainly bound at the current point, or null
// when the point is unreachable. A read of a local that is not certainly bound is emitted as
// `$.local(x, "x")` (UnboundLocalError); parameters are always bound.

import type * as A from './ast';
import { type Frag, type MapFrag, mapped } from './emitterCode';
import type { Scope, SymbolTable } from './scopes';

export interface Diag {
  /** 1-based line. */
  line: number;
  /** 0-based column (UTF-16 units). */
  col: number;
  endLine: number;
  endCol: number;
  message: string;
  severity: 'error';
  /** CPython's exception type for a compile error, or 'unsupported' for a construct we lack. */
  kind: 'SyntaxError' | 'IndentationError' | 'TabError' | 'unsupported';
}

export interface EmitOptions {
  mode: 'module' | 'cell';
  allowTopLevelAwait: boolean;
  moduleName: string;
  /** The file name tracebacks and warnings show (`$.discard` passes it to the runtime). */
  filename: string;
}

export class ModuleEmitter {
  readonly diags: Diag[] = [];
  private readonly reported = new Set<string>();
  private lines: string[] | null = null;
  constructor(readonly table: SymbolTable, readonly opts: EmitOptions, readonly source: string) {}

  /** The Python source text of a node (used for `from __future__ import annotations`). */
  sourceText(node: A.Located): string {
    this.lines ??= this.source.split(/\r\n|\r|\n/);
    if (node.lineno === node.end_lineno) return this.lines[node.lineno - 1]?.slice(node.col_offset, node.end_col_offset) ?? '';
    const first = this.lines[node.lineno - 1]?.slice(node.col_offset) ?? '';
    const middle = this.lines.slice(node.lineno, node.end_lineno - 1);
    const last = this.lines[node.end_lineno - 1]?.slice(0, node.end_col_offset) ?? '';
    return [first, ...middle, last].join('\n');
  }

  /** A compile error (CPython's SyntaxError text). */
  error(node: A.Located, message: string, kind: Diag['kind'] = 'SyntaxError'): void {
    const key = `${node.lineno}:${node.col_offset}:${message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.diags.push({
      line: node.lineno, col: node.col_offset, endLine: node.end_lineno, endCol: node.end_col_offset,
      message, severity: 'error', kind,
    });
  }

  /** A construct the translator does not support: "<what> (line N)". */
  unsupported(node: A.Located, what: string): void {
    this.error(node, `${what} (line ${node.lineno})`, 'unsupported');
  }
}

export type CtxKind = 'module' | 'function' | 'class' | 'comprehension';
export type DA = Set<string> | null;

export interface LoopInfo {
  /** Label of the `for`/`while` ... `else` block that a Python `break` must leave, if any. */
  label: string | null;
  /** DA states at each `break`. */
  breaks: DA[];
  isLoop: true;
  /** `except*` nesting where the loop starts: leaving an except* block by break is an error. */
  exceptStarDepth: number;
}

export interface FnCtxInit {
  kind: CtxKind;
  coName: string;
  qualname: string;
  /** The JS function being written is a generator (`yield` allowed). */
  jsGen: boolean;
  /** Python `await` is allowed here (async def, async comprehension, top-level await). */
  canAwait: boolean;
  /** Inside an async generator: `yield v` is `yield $.agYield(v)`. */
  asyncGen: boolean;
  /** Names certainly bound when this function starts (parameters, safe free variables). */
  initiallyBound: Set<string>;
  /** JS name of the first positional parameter (for zero-argument `super()`). */
  firstParam?: string;
}

export class FnCtx {
  readonly decls = new Set<string>();
  /** `const` declarations placed after `decls` at the top of the function (see hoist()). */
  readonly hoisted: Frag[] = [];
  private tempN = 0;
  private readonly counters = new Map<string, number>();
  da: DA;
  readonly loops: LoopInfo[] = [];
  /** Depth of `except*` handlers (break/continue/return are errors there). */
  exceptStarDepth = 0;
  /** Statement index of the last expression statement whose value a notebook cell displays. */
  displayStmt: A.Stmt | null = null;

  constructor(
    readonly m: ModuleEmitter,
    readonly scope: Scope,
    readonly parent: FnCtx | null,
    readonly init: FnCtxInit,
  ) {
    this.da = new Set(init.initiallyBound);
  }

  get kind(): CtxKind { return this.init.kind; }
  get coName(): string { return this.init.coName; }
  get qualname(): string { return this.init.qualname; }

  /** Wraps JS text that maps back to `node`. */
  map(node: A.Located, body: Frag): MapFrag {
    return mapped(node, this.coName, body);
  }

  /** A fresh temporary (declared with `let` at the top of the function), valid in one statement. */
  temp(): string {
    const name = `$t${++this.tempN}`;
    this.decls.add(name);
    return name;
  }

  /** The `and`/`or` temporary: one per function suffices (see emitterExpr.ts). */
  boolTemp(): string {
    this.decls.add('$t');
    return '$t';
  }

  /** Called before each statement: temporaries of the previous statement are dead. */
  resetTemps(): void {
    this.tempN = 0;
  }

  /** A function-unique name `prefix1`, `prefix2`... for block-scoped helpers (`$with1`). */
  unique(prefix: string): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return `${prefix}${n}`;
  }

  /** Declare `const <prefix>N = value;` once at the top of this function and return its name:
   *  for values that need not be made again at each evaluation (a generator expression's body).
   *  `exactName`: a name already unique (derived from one hoist() returned). */
  hoist(prefix: string, value: Frag, exactName?: string): string {
    const name = exactName ?? this.unique(prefix);
    this.hoisted.push(['const ', name, ' = ', value, ';']);
    return name;
  }

  /** `base` the first time in this function, then `base2`, `base3`... */
  fresh(base: string): string {
    const n = (this.counters.get(base) ?? 0) + 1;
    this.counters.set(base, n);
    return n === 1 ? base : `${base}${n}`;
  }

  // ------------------------------------------------------------ definite assignment

  isBound(name: string): boolean {
    return this.da !== null && this.da.has(name);
  }

  bind(name: string): void {
    if (!this.da) return;
    // A cell may be unbound behind our back by an inner `nonlocal x; del x`: never assume it.
    const sc = this.scope.lookup(name);
    if ((sc === 'cell' || sc === 'free') && this.m.table.deletedFromInside.has(name)) return;
    this.da.add(name);
  }

  unbind(name: string): void {
    this.da?.delete(name);
  }

  /** Marks the current point unreachable (after return/raise/break/continue). */
  unreachable(): void {
    this.da = null;
  }

  snapshot(): DA {
    return this.da === null ? null : new Set(this.da);
  }
}

/** Intersection of DA states (null = unreachable is the neutral element). */
export function meet(...states: DA[]): DA {
  let out: DA = null;
  for (const s of states) {
    if (s === null) continue;
    if (out === null) out = new Set(s);
    else for (const n of out) if (!s.has(n)) out.delete(n);
  }
  return out;
}

/** `state` without the names in `removed`. */
export function minus(state: DA, removed: Iterable<string>): DA {
  if (state === null) return null;
  const out = new Set(state);
  for (const n of removed) out.delete(n);
  return out;
}
