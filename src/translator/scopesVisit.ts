// First pass of the symbol table (symtable.c's symtable_visit_*): creates the scopes and records
// how each name is used. `scopes.ts` then resolves the names.

import type * as A from './ast';
import {
  DEF_ANNOT, DEF_COMP_ITER, DEF_DELETED, DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM,
  Scope, type ComprehensionKind, type ScopeType, type SymbolTable, type SymbolTableOptions, USE,
} from './scopesModel';
import { visitComprehension, visitExpr, visitPattern } from './scopesVisitExpr';

const COMP_WORDS: Record<ComprehensionKind, string> = {
  list: 'list comprehension', set: 'set comprehension', dict: 'dict comprehension', gen: 'generator expression',
};

type Loc = { lineno: number; col_offset: number };

class Builder {
  cur!: Scope;
  readonly table: SymbolTable;
  constructor(mod: A.Module, readonly opts: SymbolTableOptions) {
    this.table = {
      top: null as unknown as Scope, byNode: new Map(), errors: [], futureAnnotations: hasFutureAnnotations(mod),
      deletedFromInside: new Set(),
    };
    this.table.top = this.enter('module', 'top', mod, 1);
  }

  error(message: string, at: Loc): void {
    this.table.errors.push({ message, lineno: at.lineno, col_offset: at.col_offset });
  }

  enter(type: ScopeType, name: string, node: A.Node, lineno: number): Scope {
    const parent = this.cur ?? null;
    const s = new Scope(type, name, node, parent, lineno);
    s.privateName = parent ? parent.privateName : null;
    parent?.children.push(s);
    this.table.byNode.set(node, s);
    this.cur = s;
    return s;
  }

  exit(): void {
    this.cur = this.cur.parent!;
  }

  /** symtable_add_def: records `flag` for `name` (mangled) in `scope`. */
  addDef(name: string, flag: number, at: Loc, scope: Scope = this.cur): void {
    const mangled = scope.mangle(name);
    let val = scope.flags.get(mangled) ?? 0;
    if (flag & DEF_PARAM && val & DEF_PARAM) {
      this.error(`duplicate argument '${name}' in function definition`, at);
    }
    val |= flag;
    if (scope === this.cur && scope.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, at);
      }
      val |= DEF_COMP_ITER;
    }
    scope.flags.set(mangled, val);
    if (flag & DEF_PARAM) scope.params.push(mangled);
    if (flag & DEF_GLOBAL && scope !== this.table.top) {
      const top = this.table.top;
      top.flags.set(mangled, (top.flags.get(mangled) ?? 0) | flag);
    }
  }

  stmts(body: A.Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  exprs(list: (A.Expr | null)[]): void {
    for (const e of list) if (e) this.expr(e);
  }

  stmt(s: A.Stmt): void {
    switch (s._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.args.defaults);
        this.exprs(s.args.kw_defaults);
        this.annotations(s.args, s.returns);
        this.exprs(s.decorator_list);
        const fn = this.enter('function', s.name, s, s.lineno);
        if (s._type === 'AsyncFunctionDef') fn.isCoroutine = true;
        this.params(s.args);
        this.stmts(s.body);
        this.exit();
        return;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.exprs(s.decorator_list);
        const cls = this.enter('class', s.name, s, s.lineno);
        cls.privateName = s.name;
        this.stmts(s.body);
        this.exit();
        return;
      }
      case 'Return':
        if (s.value) this.expr(s.value);
        return;
      case 'Delete':
        for (const t of s.targets) this.expr(t);
        return;
      case 'Assign':
        for (const t of s.targets) this.expr(t);
        this.expr(s.value);
        return;
      case 'AnnAssign':
        if (s.target._type === 'Name') {
          const cur = this.cur.flagsOf(this.cur.mangle(s.target.id));
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur !== this.table.top && s.simple) {
            const kind = cur & DEF_GLOBAL ? 'global' : 'nonlocal';
            this.error(`annotated name '${s.target.id}' can't be ${kind}`, s);
          }
          if (s.simple) this.addDef(s.target.id, DEF_ANNOT | DEF_LOCAL, s.target);
          else if (s.value) this.addDef(s.target.id, DEF_LOCAL, s.target);
        } else {
          this.expr(s.target);
        }
        this.annotation(s.annotation);
        if (s.value) this.expr(s.value);
        return;
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        return;
      case 'For':
      case 'AsyncFor':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'While':
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        }
        return;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        return;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) {
            this.addDef(h.name, DEF_LOCAL | DEF_DELETED, h);
            this.noteDeleted(h.name);
          }
          this.stmts(h.body);
        }
        this.stmts(s.finalbody);
        return;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        return;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.alias(a);
        return;
      case 'Global':
      case 'Nonlocal':
        this.directive(s);
        return;
      case 'Expr':
        this.expr(s.value);
        return;
      case 'With':
      case 'AsyncWith':
        for (const it of s.items) {
          this.expr(it.context_expr);
          if (it.optional_vars) this.expr(it.optional_vars);
        }
        this.stmts(s.body);
        return;
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
    }
  }

  directive(s: A.Global | A.Nonlocal): void {
    const kind = s._type === 'Global' ? 'global' : 'nonlocal';
    for (const name of s.names) {
      const cur = this.cur.flagsOf(this.cur.mangle(name));
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        let msg: string;
        if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${kind}`;
        else if (cur & USE) msg = `name '${name}' is used prior to ${kind} declaration`;
        else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${kind}`;
        else msg = `name '${name}' is assigned to before ${kind} declaration`;
        this.error(msg, s);
      }
      this.addDef(name, kind === 'global' ? DEF_GLOBAL : DEF_NONLOCAL, s);
      if (!this.cur.directives.has(this.cur.mangle(name))) {
        this.cur.directives.set(this.cur.mangle(name), { lineno: s.lineno, col_offset: s.col_offset });
      }
    }
  }

  alias(a: A.Alias): void {
    const name = a.asname ?? a.name;
    if (name === '*') {
      if (this.cur.type !== 'module') this.error('import * only allowed at module level', a);
      return;
    }
    const dot = name.indexOf('.');
    this.addDef(dot >= 0 ? name.slice(0, dot) : name, DEF_IMPORT, a);
  }

  params(args: A.Arguments): void {
    for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs]) this.addDef(a.arg, DEF_PARAM, a);
    if (args.vararg) this.addDef(args.vararg.arg, DEF_PARAM, args.vararg);
    if (args.kwarg) this.addDef(args.kwarg.arg, DEF_PARAM, args.kwarg);
  }

  annotation(e: A.Expr): void {
    if (!this.table.futureAnnotations) this.expr(e);
  }

  annotations(args: A.Arguments, returns: A.Expr | null): void {
    for (const a of [...args.posonlyargs, ...args.args]) if (a.annotation) this.annotation(a.annotation);
    if (args.vararg?.annotation) this.annotation(args.vararg.annotation);
    if (args.kwarg?.annotation) this.annotation(args.kwarg.annotation);
    for (const a of args.kwonlyargs) if (a.annotation) this.annotation(a.annotation);
    if (returns) this.annotation(returns);
  }

  /** A name unbound through a free variable must never be assumed bound by inner code. */
  noteDeleted(name: string): void {
    this.table.deletedFromInside.add(this.cur.mangle(name));
  }

  expr(e: A.Expr): void {
    visitExpr(this, e);
  }

  pattern(p: A.Pattern): void {
    visitPattern(this, p);
  }

  comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
    visitComprehension(this, e);
  }

  yieldInComprehension(e: A.Expr): boolean {
    if (this.cur.comprehension === null) return false;
    this.error(`'yield' inside ${COMP_WORDS[this.cur.comprehension]}`, e);
    return true;
  }
}

export type { Builder };

export function visitModule(mod: A.Module, opts: SymbolTableOptions): SymbolTable {
  const b = new Builder(mod, opts);
  b.stmts(mod.body);
  return b.table;
}

/** `from __future__ import annotations` among the leading docstring/future imports. */
function hasFutureAnnotations(mod: A.Module): boolean {
  for (const [i, s] of mod.body.entries()) {
    if (i === 0 && s._type === 'Expr' && s.value._type === 'Constant' && typeof s.value.value === 'string') continue;
    if (s._type !== 'ImportFrom' || s.module !== '__future__') return false;
    if (s.names.some((a) => a.name === 'annotations')) return true;
  }
  return false;
}
