// CPython 3.11 `ast` module, as TypeScript types.
//
// Every node is a plain object whose `_type` is the CPython class name and whose other fields have
// exactly CPython's field names and order (see `ast.dump`). Differences from CPython, on purpose:
// - Positions: `lineno`/`end_lineno` are 1-based lines, `col_offset`/`end_col_offset` are 0-based
//   offsets in *UTF-16 code units* of the line (JS string indices), where CPython counts UTF-8
//   bytes. They agree on ASCII lines.
// - Operators, boolean operators, comparison operators and expression contexts are string
//   literals ('Add', 'And', 'Eq', 'Load'...) instead of singleton node objects.
// - `Constant.value` uses the tagged representation `PyConstant` below so int/float/bytes never
//   get confused.
// - `ErrorExpr` is an extra expression node, produced only where the source had a syntax error
//   (the parser then also reports at least one diagnostic).

/** Source range of a node: lines 1-based, columns 0-based (UTF-16 code units). */
export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** A Python float constant (kept apart from ints, which are always bigint). */
export interface PyFloatConst { float: number }
/** A Python complex literal `<imag>j` (real part is always 0 in a literal). */
export interface PyComplexConst { complex: number }
/** A Python bytes literal. */
export interface PyBytesConst { bytes: Uint8Array }
/** The `...` constant. */
export interface PyEllipsisConst { ellipsis: true }
/**
 * Value of `Constant`: `string` = str, `bigint` = int (ALWAYS, even small ones), `boolean` = bool,
 * `null` = None, and tagged objects for float, complex, bytes and Ellipsis.
 */
export type PyConstant =
  | string | bigint | boolean | null
  | PyFloatConst | PyComplexConst | PyBytesConst | PyEllipsisConst;

export type ExprContext = 'Load' | 'Store' | 'Del';
export type BoolOpKind = 'And' | 'Or';
export type Operator =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOpKind = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOp = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

// ---------------------------------------------------------------- modules

export interface TypeIgnore { _type: 'TypeIgnore'; lineno: number; tag: string }
export interface Module { _type: 'Module'; body: Stmt[]; type_ignores: TypeIgnore[] }

// ---------------------------------------------------------------- statements

export interface FunctionDef extends Located {
  _type: 'FunctionDef'; name: string; args: Arguments; body: Stmt[];
  decorator_list: Expr[]; returns: Expr | null; type_comment: string | null;
}
export interface AsyncFunctionDef extends Located {
  _type: 'AsyncFunctionDef'; name: string; args: Arguments; body: Stmt[];
  decorator_list: Expr[]; returns: Expr | null; type_comment: string | null;
}
export interface ClassDef extends Located {
  _type: 'ClassDef'; name: string; bases: Expr[]; keywords: Keyword[];
  body: Stmt[]; decorator_list: Expr[];
}
export interface Return extends Located { _type: 'Return'; value: Expr | null }
export interface Delete extends Located { _type: 'Delete'; targets: Expr[] }
export interface Assign extends Located {
  _type: 'Assign'; targets: Expr[]; value: Expr; type_comment: string | null;
}
export interface AugAssign extends Located { _type: 'AugAssign'; target: Expr; op: Operator; value: Expr }
export interface AnnAssign extends Located {
  _type: 'AnnAssign'; target: Expr; annotation: Expr; value: Expr | null; simple: number;
}
export interface For extends Located {
  _type: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; type_comment: string | null;
}
export interface AsyncFor extends Located {
  _type: 'AsyncFor'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; type_comment: string | null;
}
export interface While extends Located { _type: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Located { _type: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Located {
  _type: 'With'; items: WithItem[]; body: Stmt[]; type_comment: string | null;
}
export interface AsyncWith extends Located {
  _type: 'AsyncWith'; items: WithItem[]; body: Stmt[]; type_comment: string | null;
}
export interface Match extends Located { _type: 'Match'; subject: Expr; cases: MatchCase[] }
export interface Raise extends Located { _type: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Try extends Located {
  _type: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[];
}
export interface TryStar extends Located {
  _type: 'TryStar'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[];
}
export interface Assert extends Located { _type: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Located { _type: 'Import'; names: Alias[] }
export interface ImportFrom extends Located {
  _type: 'ImportFrom'; module: string | null; names: Alias[]; level: number;
}
export interface Global extends Located { _type: 'Global'; names: string[] }
export interface Nonlocal extends Located { _type: 'Nonlocal'; names: string[] }
export interface ExprStmt extends Located { _type: 'Expr'; value: Expr }
export interface Pass extends Located { _type: 'Pass' }
export interface Break extends Located { _type: 'Break' }
export interface Continue extends Located { _type: 'Continue' }

export type Stmt =
  | FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | AsyncFor | While | If | With | AsyncWith | Match | Raise | Try | TryStar | Assert
  | Import | ImportFrom | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

// ---------------------------------------------------------------- expressions

export interface BoolOp extends Located { _type: 'BoolOp'; op: BoolOpKind; values: Expr[] }
export interface NamedExpr extends Located { _type: 'NamedExpr'; target: Name; value: Expr }
export interface BinOp extends Located { _type: 'BinOp'; left: Expr; op: Operator; right: Expr }
export interface UnaryOp extends Located { _type: 'UnaryOp'; op: UnaryOpKind; operand: Expr }
export interface Lambda extends Located { _type: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Located { _type: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
/** `keys[i]` is null for a `**mapping` entry. */
export interface Dict extends Located { _type: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Located { _type: 'Set'; elts: Expr[] }
export interface ListComp extends Located { _type: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Located { _type: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Located {
  _type: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[];
}
export interface GeneratorExp extends Located {
  _type: 'GeneratorExp'; elt: Expr; generators: Comprehension[];
}
export interface Await extends Located { _type: 'Await'; value: Expr }
export interface Yield extends Located { _type: 'Yield'; value: Expr | null }
export interface YieldFrom extends Located { _type: 'YieldFrom'; value: Expr }
export interface Compare extends Located {
  _type: 'Compare'; left: Expr; ops: CmpOp[]; comparators: Expr[];
}
export interface Call extends Located { _type: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
/** `conversion`: -1 none, 115 `!s`, 114 `!r`, 97 `!a`. `format_spec` is a JoinedStr or null. */
export interface FormattedValue extends Located {
  _type: 'FormattedValue'; value: Expr; conversion: number; format_spec: Expr | null;
}
export interface JoinedStr extends Located { _type: 'JoinedStr'; values: Expr[] }
/** `kind` is 'u' for a u-prefixed string literal, else null. */
export interface Constant extends Located { _type: 'Constant'; value: PyConstant; kind: string | null }
export interface Attribute extends Located { _type: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Located { _type: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Located { _type: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Located { _type: 'Name'; id: string; ctx: ExprContext }
export interface List extends Located { _type: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Located { _type: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Located {
  _type: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null;
}
/** Not in CPython: stands for an expression that failed to parse (only when errors exist). */
export interface ErrorExpr extends Located { _type: 'ErrorExpr' }

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp
  | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue
  | JoinedStr | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice | ErrorExpr;

// ---------------------------------------------------------------- helpers nodes

export interface Comprehension {
  _type: 'comprehension'; target: Expr; iter: Expr; ifs: Expr[]; is_async: number;
}
export interface ExceptHandler extends Located {
  _type: 'ExceptHandler'; type: Expr | null; name: string | null; body: Stmt[];
}
/** `kw_defaults[i]` is null when keyword-only argument i has no default. */
export interface Arguments {
  _type: 'arguments'; posonlyargs: Arg[]; args: Arg[]; vararg: Arg | null;
  kwonlyargs: Arg[]; kw_defaults: (Expr | null)[]; kwarg: Arg | null; defaults: Expr[];
}
export interface Arg extends Located {
  _type: 'arg'; arg: string; annotation: Expr | null; type_comment: string | null;
}
/** `arg` is null for `**mapping`. */
export interface Keyword extends Located { _type: 'keyword'; arg: string | null; value: Expr }
export interface Alias extends Located { _type: 'alias'; name: string; asname: string | null }
export interface WithItem { _type: 'withitem'; context_expr: Expr; optional_vars: Expr | null }
export interface MatchCase { _type: 'match_case'; pattern: Pattern; guard: Expr | null; body: Stmt[] }

// ---------------------------------------------------------------- patterns

export interface MatchValue extends Located { _type: 'MatchValue'; value: Expr }
export interface MatchSingleton extends Located { _type: 'MatchSingleton'; value: boolean | null }
export interface MatchSequence extends Located { _type: 'MatchSequence'; patterns: Pattern[] }
export interface MatchMapping extends Located {
  _type: 'MatchMapping'; keys: Expr[]; patterns: Pattern[]; rest: string | null;
}
export interface MatchClass extends Located {
  _type: 'MatchClass'; cls: Expr; patterns: Pattern[]; kwd_attrs: string[]; kwd_patterns: Pattern[];
}
export interface MatchStar extends Located { _type: 'MatchStar'; name: string | null }
export interface MatchAs extends Located { _type: 'MatchAs'; pattern: Pattern | null; name: string | null }
export interface MatchOr extends Located { _type: 'MatchOr'; patterns: Pattern[] }

export type Pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

// ---------------------------------------------------------------- generic access

export type Node =
  | Module | TypeIgnore | Stmt | Expr | Pattern | Comprehension | ExceptHandler | Arguments | Arg
  | Keyword | Alias | WithItem | MatchCase;

export type NodeType = Node['_type'];
/** The node type whose `_type` is T, e.g. `NodeOf<'Call'>` is `Call`. */
export type NodeOf<T extends NodeType> = Extract<Node, { _type: T }>;

/** Fields that may hold child nodes, per node type, in CPython field order. */
const CHILD_FIELDS: Record<string, string[]> = {
  Module: ['body', 'type_ignores'], FunctionDef: ['args', 'body', 'decorator_list', 'returns'],
  AsyncFunctionDef: ['args', 'body', 'decorator_list', 'returns'], ClassDef: ['bases', 'keywords', 'body', 'decorator_list'],
  Return: ['value'], Delete: ['targets'], Assign: ['targets', 'value'], AugAssign: ['target', 'value'],
  AnnAssign: ['target', 'annotation', 'value'], For: ['target', 'iter', 'body', 'orelse'],
  AsyncFor: ['target', 'iter', 'body', 'orelse'], While: ['test', 'body', 'orelse'], If: ['test', 'body', 'orelse'],
  With: ['items', 'body'], AsyncWith: ['items', 'body'], Match: ['subject', 'cases'], Raise: ['exc', 'cause'],
  Try: ['body', 'handlers', 'orelse', 'finalbody'], TryStar: ['body', 'handlers', 'orelse', 'finalbody'],
  Assert: ['test', 'msg'], Import: ['names'], ImportFrom: ['names'], Global: [], Nonlocal: [], Expr: ['value'],
  Pass: [], Break: [], Continue: [], BoolOp: ['values'], NamedExpr: ['target', 'value'], BinOp: ['left', 'right'],
  UnaryOp: ['operand'], Lambda: ['args', 'body'], IfExp: ['test', 'body', 'orelse'], Dict: ['keys', 'values'],
  Set: ['elts'], ListComp: ['elt', 'generators'], SetComp: ['elt', 'generators'],
  DictComp: ['key', 'value', 'generators'], GeneratorExp: ['elt', 'generators'], Await: ['value'],
  Yield: ['value'], YieldFrom: ['value'], Compare: ['left', 'comparators'], Call: ['func', 'args', 'keywords'],
  FormattedValue: ['value', 'format_spec'], JoinedStr: ['values'], Constant: [], Attribute: ['value'],
  Subscript: ['value', 'slice'], Starred: ['value'], Name: [], List: ['elts'], Tuple: ['elts'],
  Slice: ['lower', 'upper', 'step'], ErrorExpr: [], comprehension: ['target', 'iter', 'ifs'],
  ExceptHandler: ['type', 'body'], arguments: ['posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'],
  arg: ['annotation'], keyword: ['value'], alias: [], withitem: ['context_expr', 'optional_vars'],
  match_case: ['pattern', 'guard', 'body'], MatchValue: ['value'], MatchSingleton: [], MatchSequence: ['patterns'],
  MatchMapping: ['keys', 'patterns'], MatchClass: ['cls', 'patterns', 'kwd_patterns'], MatchStar: [],
  MatchAs: ['pattern'], MatchOr: ['patterns'], TypeIgnore: [],
};

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && typeof (v as { _type?: unknown })._type === 'string';
}

/** Direct child nodes of `node`, in CPython field order (`ast.iter_child_nodes`). */
export function children(node: Node): Node[] {
  const out: Node[] = [];
  const rec = node as unknown as Record<string, unknown>;
  const fields = CHILD_FIELDS[node._type] ?? Object.keys(node);
  for (const key of fields) {
    const v = rec[key];
    if (Array.isArray(v)) {
      for (const item of v) if (isNode(item)) out.push(item);
    } else if (isNode(v)) {
      out.push(v);
    }
  }
  return out;
}

/**
 * Depth-first pre-order traversal. `visit` returning `false` skips that node's children.
 * Iterative, so deeply nested trees cannot overflow the JS stack.
 */
export function walk(node: Node, visit: (n: Node, parent: Node | null) => boolean | void): void {
  const stack: [Node, Node | null][] = [[node, null]];
  while (stack.length > 0) {
    const [n, parent] = stack.pop()!;
    if (visit(n, parent) === false) continue;
    const kids = children(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], n]);
  }
}

/** True when `n` is a statement node. */
export function isStmt(n: Node): n is Stmt {
  return STMT_TYPES.has(n._type);
}
/** True when `n` is an expression node. */
export function isExpr(n: Node): n is Expr {
  return EXPR_TYPES.has(n._type);
}
/** True when `n` is a match pattern node. */
export function isPattern(n: Node): n is Pattern {
  return n._type.startsWith('Match') && n._type !== 'Match';
}

const STMT_TYPES = new Set<string>([
  'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Return', 'Delete', 'Assign', 'AugAssign',
  'AnnAssign', 'For', 'AsyncFor', 'While', 'If', 'With', 'AsyncWith', 'Match', 'Raise', 'Try',
  'TryStar', 'Assert', 'Import', 'ImportFrom', 'Global', 'Nonlocal', 'Expr', 'Pass', 'Break',
  'Continue',
]);
const EXPR_TYPES = new Set<string>([
  'BoolOp', 'NamedExpr', 'BinOp', 'UnaryOp', 'Lambda', 'IfExp', 'Dict', 'Set', 'ListComp',
  'SetComp', 'DictComp', 'GeneratorExp', 'Await', 'Yield', 'YieldFrom', 'Compare', 'Call',
  'FormattedValue', 'JoinedStr', 'Constant', 'Attribute', 'Subscript', 'Starred', 'Name', 'List',
  'Tuple', 'Slice', 'ErrorExpr',
]);
