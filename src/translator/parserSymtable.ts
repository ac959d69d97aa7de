// The SyntaxErrors CPython 3.11 raises while building and analysing symbol tables
// (Python/symtable.c): global/nonlocal misuse, duplicate arguments, yield in comprehensions.
// Build errors come in visiting order; "no binding for nonlocal" comes from the later analysis.

import type * as A from './ast';
import { children, type Node } from './ast';
import type { ConvCtx, RawDiag } from './parserContext';

const USE = 1;
const DEF_LOCAL = 2;
const DEF_PARAM = 4;
const DEF_ANNOT = 8;
const DEF_GLOBAL = 16;
const DEF_NONLOCAL = 32;

type Kind = 'module' | 'class' | 'function' | 'comprehension';

interface Scope {
  kind: Kind;
  parent: Scope | null;
  flags: Map<string, number>;
  nonlocals: { name: string; node: A.Nonlocal }[];
  children: Scope[];
  /** First global/nonlocal statement naming each name. */
  directives?: Map<string, object>;
  /** Iteration variables of a comprehension scope. */
  compTargets?: Set<string>;
}

const COMP_NAMES: Record<string, string> = {
  ListComp: 'list comprehension', SetComp: 'set comprehension', DictComp: 'dict comprehension',
  GeneratorExp: 'generator expression',
};

export function symtableErrors(module: A.Module, c: ConvCtx): RawDiag[] {
  const errs: RawDiag[] = [];
  const err = (n: object, msg: string, phase = 1): void => {
    const [s, e] = c.off(n);
    errs.push({ start: s, end: e, msg, phase });
  };
  const root: Scope = { kind: 'module', parent: null, flags: new Map(), nonlocals: [], children: [] };
  const newScope = (kind: Kind, parent: Scope): Scope => {
    const s: Scope = { kind, parent, flags: new Map(), nonlocals: [], children: [] };
    parent.children.push(s);
    return s;
  };
  const add = (sc: Scope, name: string, flag: number): void => {
    sc.flags.set(name, (sc.flags.get(name) ?? 0) | flag);
  };

  const declare = (sc: Scope, st: A.Global | A.Nonlocal): void => {
    const isGlobal = st._type === 'Global';
    const word = isGlobal ? 'global' : 'nonlocal';
    for (const name of st.names) {
      const cur = sc.flags.get(name) ?? 0;
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        const msg = cur & DEF_PARAM ? `name '${name}' is parameter and ${word}`
          : cur & USE ? `name '${name}' is used prior to ${word} declaration`
            : cur & DEF_ANNOT ? `annotated name '${name}' can't be ${word}`
              : `name '${name}' is assigned to before ${word} declaration`;
        err(st, msg);
        return;
      }
      add(sc, name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL);
      sc.directives ??= new Map();
      if (!sc.directives.has(name)) sc.directives.set(name, st);
      if (!isGlobal) sc.nonlocals.push({ name, node: st });
    }
  };

  const visitArgs = (sc: Scope, a: A.Arguments): void => {
    const all = [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])];
    for (const p of all) {
      if ((sc.flags.get(p.arg) ?? 0) & DEF_PARAM) {
        err(p, `duplicate argument '${p.arg}' in function definition`);
        return;
      }
      add(sc, p.arg, DEF_PARAM);
    }
  };

  const visit = (n: Node, sc: Scope): void => {
    switch (n._type) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
      case 'Lambda': {
        if (n._type !== 'Lambda') add(sc, n.name, DEF_LOCAL);
        const a = n.args;
        for (const d of [...a.defaults, ...a.kw_defaults]) if (d) visit(d, sc);
        if (n._type !== 'Lambda') {
          for (const p of [...a.posonlyargs, ...a.args, a.vararg, ...a.kwonlyargs, a.kwarg]) {
            if (p?.annotation) visit(p.annotation, sc);
          }
          if (n.returns) visit(n.returns, sc);
          for (const d of n.decorator_list) visit(d, sc);
        }
        const inner = newScope('function', sc);
        visitArgs(inner, a);
        if (n._type === 'Lambda') visit(n.body, inner);
        else for (const s of n.body) visit(s, inner);
        return;
      }
      case 'ClassDef': {
        add(sc, n.name, DEF_LOCAL);
        for (const b of n.bases) visit(b, sc);
        for (const k of n.keywords) visit(k, sc);
        for (const d of n.decorator_list) visit(d, sc);
        const inner = newScope('class', sc);
        for (const s of n.body) visit(s, inner);
        return;
      }
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp': {
        const gens = n.generators;
        if (gens.length) visit(gens[0].iter, sc);
        const inner = newScope('comprehension', sc);
        (inner as Scope & { compName?: string }).compName = COMP_NAMES[n._type];
        inner.compTargets = new Set();
        for (const g of gens) walkNames(g.target, inner.compTargets);
        gens.forEach((g, i) => {
          if (i > 0) visit(g.iter, inner);
          visit(g.target, inner);
          for (const cond of g.ifs) visit(cond, inner);
        });
        if (n._type === 'DictComp') {
          visit(n.key, inner);
          visit(n.value, inner);
        } else {
          visit(n.elt, inner);
        }
        return;
      }
      case 'Global':
      case 'Nonlocal':
        if (n._type === 'Nonlocal' && sc.kind === 'module') {
          err(n, 'nonlocal declaration not allowed at module level');
          return;
        }
        declare(sc, n);
        return;
      case 'Name':
        add(sc, n.id, n.ctx === 'Load' ? USE : DEF_LOCAL);
        return;
      case 'Yield':
      case 'YieldFrom':
      case 'Await':
        if (sc.kind === 'comprehension' && n._type !== 'Await') {
          err(n, `'yield' inside ${(sc as Scope & { compName?: string }).compName}`);
        }
        break;
      case 'AnnAssign':
        if (n.target._type === 'Name') add(sc, n.target.id, DEF_ANNOT | (n.value ? DEF_LOCAL : 0));
        break;
      case 'AugAssign':
        if (n.target._type === 'Name') add(sc, n.target.id, USE);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const al of n.names) {
          if (al.name !== '*') add(sc, al.asname ?? al.name.split('.')[0], DEF_LOCAL);
        }
        return;
      case 'ExceptHandler':
        if (n.name) add(sc, n.name, DEF_LOCAL);
        break;
      case 'MatchAs':
      case 'MatchStar':
        if (n.name) add(sc, n.name, DEF_LOCAL);
        break;
      case 'MatchMapping':
        if (n.rest) add(sc, n.rest, DEF_LOCAL);
        break;
      case 'NamedExpr': {
        // The target binds in the nearest enclosing non-comprehension scope.
        let t = sc;
        for (let k: Scope | null = sc; k && k.kind === 'comprehension'; k = k.parent) {
          if (k.compTargets?.has(n.target.id)) {
            err(n.target, `assignment expression cannot rebind comprehension iteration variable '${n.target.id}'`);
            return;
          }
        }
        while (t.kind === 'comprehension' && t.parent) t = t.parent;
        visit(n.value, sc);
        add(t, n.target.id, DEF_LOCAL);
        return;
      }
      default:
        break;
    }
    for (const k of children(n)) visit(k, sc);
  };
  for (const s of module.body) visit(s, root);

  // Analysis: a nonlocal name must be bound in an enclosing function scope.
  const analyze = (sc: Scope, bound: Set<string>): void => {
    for (const [name, f] of sc.flags) {
      if (f & DEF_GLOBAL && f & DEF_NONLOCAL) err(sc.directives?.get(name) ?? module, `name '${name}' is nonlocal and global`, 1.5);
    }
    for (const { name, node } of sc.nonlocals) {
      if (!bound.has(name)) {
        err(node, `no binding for nonlocal '${name}' found`, 1.5);
        break;
      }
    }
    let next = bound;
    if (sc.kind === 'function' || sc.kind === 'comprehension') {
      next = new Set(bound);
      for (const [name, f] of sc.flags) {
        if (f & (DEF_LOCAL | DEF_PARAM) && !(f & (DEF_GLOBAL | DEF_NONLOCAL))) next.add(name);
      }
    }
    if (sc.kind === 'class') next = new Set([...bound, '__class__']);
    for (const ch of sc.children) analyze(ch, next);
  };
  analyze(root, new Set());
  return errs;
}

function walkNames(t: A.Expr, out: Set<string>): void {
  if (t._type === 'Name') out.add(t.id);
  else if (t._type === 'Tuple' || t._type === 'List') for (const e of t.elts) walkNames(e, out);
  else if (t._type === 'Starred') walkNames(t.value, out);
}
