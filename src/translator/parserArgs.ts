// Pyright parameter lists → CPython `arguments`; call-style argument lists → bases/keywords.

import type * as A from './ast';
import type { ConvCtx } from './parserContext';
import { CAT, type PNode } from './parserEnums';
import { expr, ident } from './parserExpr';

const end = (n: PNode): number => n.start + n.length;

function arg(c: ConvCtx, p: PNode): A.Arg {
  const annotation = p.typeAnnotation ? expr(c, p.typeAnnotation) : null;
  const stop = annotation ? c.outer(annotation)[1] : end(p.name);
  return c.at({ _type: 'arg', arg: ident(p.name.value), annotation, type_comment: null }, p.name.start, stop);
}

/** Converts the parameters of a def or lambda. */
export function convertArguments(c: ConvCtx, params: PNode[]): A.Arguments {
  let posonlyargs: A.Arg[] = [];
  let args: A.Arg[] = [];
  const kwonlyargs: A.Arg[] = [];
  const kw_defaults: (A.Expr | null)[] = [];
  const defaults: A.Expr[] = [];
  let vararg: A.Arg | null = null;
  let kwarg: A.Arg | null = null;
  let sawStar = false;
  for (const p of params) {
    if (p.category === CAT.Simple && !p.name) {
      posonlyargs = posonlyargs.concat(args);
      args = [];
    } else if (p.category === CAT.Simple) {
      const a = arg(c, p);
      const d = p.defaultValue ? expr(c, p.defaultValue) : null;
      if (sawStar) {
        kwonlyargs.push(a);
        kw_defaults.push(d);
      } else {
        args.push(a);
        if (d) defaults.push(d);
      }
    } else if (p.category === CAT.List) {
      sawStar = true;
      if (p.name) vararg = arg(c, p);
    } else if (p.name) {
      kwarg = arg(c, p);
    }
  }
  return { _type: 'arguments', posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults };
}

/** Converts a class's argument list into bases and keywords. */
export function convertClassArgs(c: ConvCtx, list: PNode[]): { bases: A.Expr[]; keywords: A.Keyword[] } {
  const bases: A.Expr[] = [];
  const keywords: A.Keyword[] = [];
  for (const a of list) {
    const value = expr(c, a.valueExpression);
    if (a.argumentCategory === CAT.List) {
      bases.push(c.at({ _type: 'Starred', value, ctx: 'Load' }, a.start, c.outer(value)[1]));
    } else if (a.argumentCategory === CAT.Dict) {
      keywords.push(c.at({ _type: 'keyword', arg: null, value }, a.start, c.outer(value)[1]));
    } else if (a.name) {
      keywords.push(c.at({ _type: 'keyword', arg: ident(a.name.value), value }, a.name.start, c.outer(value)[1]));
    } else {
      bases.push(value);
    }
  }
  return { bases, keywords };
}
