// Symbol tables, as CPython 3.11's `symtable.c` computes them.
//
// `buildSymbolTable(module)` walks the tree once (`scopesVisit.ts`) recording, per scope, how each
// name is used (the DEF_* flags below), then `analyze()` resolves every name to one of CPython's
// five scopes: local, global (explicit `global` / implicit), free (from an enclosing function) or
// cell (local, but captured by an inner scope). Rules mirrored from CPython:
// - class scopes do not leak into nested functions (a method's free name skips the class);
// - comprehensions and generator expressions are their own function scope, except the first
//   iterable, which is evaluated in the enclosing scope;
// - a walrus in a comprehension binds in the nearest enclosing function (or module) scope;
// - `super` or `__class__` in a method makes `__class__` free there and gives the class a
//   `__class__` cell (`needsClassClosure`);
// - private names (`__x` inside `class C`) are mangled to `_C__x`.

import type * as A from './ast';
import {
  DEF_BOUND, DEF_FREE_CLASS, DEF_GLOBAL, DEF_NONLOCAL, Scope, type SymbolTable, type SymbolTableOptions,
  type SymScope,
} from './scopesModel';
import { visitModule } from './scopesVisit';

export * from './scopesModel';


/** Builds and analyzes the symbol table of a module. Never throws on bad input; see `errors`. */
export function buildSymbolTable(mod: A.Module, opts: SymbolTableOptions = {}): SymbolTable {
  const table = visitModule(mod, opts);
  analyzeBlock(table.top, null, new Set(), new Set(), table);
  return table;
}

// ---------------------------------------------------------------------------------- analysis
// A direct transcription of analyze_block / analyze_name / analyze_cells / update_symbols.

function analyzeName(
  ste: Scope, scopes: Map<string, SymScope>, name: string, flags: number, bound: Set<string> | null,
  local: Set<string>, free: Set<string>, global: Set<string>, table: SymbolTable,
): void {
  const err = (message: string) => {
    const at = ste.directives.get(name) ?? { lineno: ste.lineno, col_offset: 0 };
    table.errors.push({ message, lineno: at.lineno, col_offset: at.col_offset });
  };
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) err(`name '${name}' is nonlocal and global`);
    scopes.set(name, 'global_explicit');
    global.add(name);
    bound?.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) err('nonlocal declaration not allowed at module level');
    else if (!bound.has(name)) err(`no binding for nonlocal '${name}' found`);
    scopes.set(name, 'free');
    ste.hasFree = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, 'local');
    local.add(name);
    global.delete(name);
    return;
  }
  if (bound && bound.has(name)) {
    scopes.set(name, 'free');
    ste.hasFree = true;
    free.add(name);
    return;
  }
  scopes.set(name, 'global_implicit');
}

function analyzeBlock(
  ste: Scope, bound: Set<string> | null, free: Set<string>, global: Set<string>, table: SymbolTable,
): void {
  const local = new Set<string>();
  const scopes = new Map<string, SymScope>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();
  if (ste.type === 'class') {
    for (const g of global) newGlobal.add(g);
    if (bound) for (const b of bound) newBound.add(b);
  }
  for (const [name, flags] of ste.flags) {
    analyzeName(ste, scopes, name, flags, bound, local, free, global, table);
  }
  if (ste.type !== 'class') {
    if (ste.type === 'function') for (const l of local) newBound.add(l);
    if (bound) for (const b of bound) newBound.add(b);
    for (const g of global) newGlobal.add(g);
  } else {
    newBound.add('__class__');
  }
  const allFree = new Set<string>();
  for (const child of ste.children) {
    const childFree = new Set(newFree);
    analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal), table);
    for (const f of childFree) allFree.add(f);
    if (child.hasFree || child.childFree) ste.childFree = true;
  }
  for (const f of allFree) newFree.add(f);
  if (ste.type === 'function') {
    // analyze_cells: a local captured by a child is a cell.
    for (const [name, sc] of scopes) {
      if (sc === 'local' && newFree.has(name)) {
        scopes.set(name, 'cell');
        newFree.delete(name);
      }
    }
  } else if (ste.type === 'class' && newFree.delete('__class__')) {
    ste.needsClassClosure = true;
  }
  // update_symbols
  for (const [name, sc] of scopes) ste.scopes.set(name, sc);
  for (const name of newFree) {
    const fl = ste.flags.get(name);
    if (fl !== undefined) {
      if (ste.type === 'class' && fl & (DEF_BOUND | DEF_GLOBAL)) ste.flags.set(name, fl | DEF_FREE_CLASS);
      continue;
    }
    if (bound && !bound.has(name)) continue;
    ste.flags.set(name, 0);
    ste.scopes.set(name, 'free');
  }
  for (const f of newFree) free.add(f);
}

/** All scopes of the table, depth first (parents before children). */
export function allScopes(top: Scope): Scope[] {
  const out: Scope[] = [];
  const stack = [top];
  while (stack.length) {
    const s = stack.pop()!;
    out.push(s);
    for (let i = s.children.length - 1; i >= 0; i--) stack.push(s.children[i]);
  }
  return out;
}
