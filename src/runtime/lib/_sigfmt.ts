// inspect.formatannotation and parameter formatting, shared by inspect.signature and the
// generated dataclass docstrings.
import { isClass, None } from '../py/object';
import { repr, str } from '../py/protocols';
import { getattrDefault } from '../py/attrs';

export function formatAnnotation(a: any): string {
  if (typeof a === 'string') return repr(a);
  if (isClass(a)) return a.$module === 'builtins' ? a.$qualname : `${a.$module}.${a.$qualname}`;
  if (a === None) return 'None';
  const mod = getattrDefault(a, '__module__', undefined);
  if (mod === 'typing') return repr(a).replace(/typing\./g, '');
  if (a?.$cls?.$name === 'GenericAlias' || a?.$cls?.$name === 'types.GenericAlias') return str(a);
  return repr(a);
}

export interface ParamInfo {
  name: string;
  kind: 'POSITIONAL_ONLY' | 'POSITIONAL_OR_KEYWORD' | 'VAR_POSITIONAL' | 'KEYWORD_ONLY' | 'VAR_KEYWORD';
  annotation?: any;
  /** undefined: no default */
  default?: any;
}

/** str(inspect.Signature): "(a, b: int = 0, *args, c, **kw) -> None" */
export function formatSignature(params: ParamInfo[], ret?: any): string {
  const out: string[] = [];
  let renderedPosOnly = false;
  let renderedKwOnlySep = false;
  params.forEach((p, i) => {
    let s = p.name;
    if (p.annotation !== undefined) s += `: ${formatAnnotation(p.annotation)}`;
    if (p.default !== undefined) s += p.annotation !== undefined ? ` = ${repr(p.default)}` : `=${repr(p.default)}`;
    if (p.kind === 'VAR_POSITIONAL') s = '*' + s;
    if (p.kind === 'VAR_KEYWORD') s = '**' + s;
    if (p.kind === 'POSITIONAL_ONLY') renderedPosOnly = true;
    else if (renderedPosOnly) { out.push('/'); renderedPosOnly = false; }
    if (p.kind === 'VAR_POSITIONAL') renderedKwOnlySep = true;
    else if (p.kind === 'KEYWORD_ONLY' && !renderedKwOnlySep) { out.push('*'); renderedKwOnlySep = true; }
    out.push(s);
    void i;
  });
  if (renderedPosOnly) out.push('/');
  let r = `(${out.join(', ')})`;
  if (ret !== undefined) r += ` -> ${formatAnnotation(ret)}`;
  return r;
}
