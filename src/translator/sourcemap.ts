// Source map of translated code: JS positions → Python positions.
//
// Every emitted statement and every helper call that can raise gets an entry covering its JS text.
// `lookup()` answers with the *smallest* entry containing a JS position, which is the innermost
// Python expression that could have raised there, as CPython 3.11 tracebacks want (their carets).
//
// Coordinates:
// - entries: JS `line` 1-based within `code`, JS `col` 0-based (UTF-16 units), end exclusive;
// - Python ranges are the AST's: lines 1-based, columns 0-based UTF-16 units of the line;
// - `lookup(map, line, column)` takes V8 CallSite numbers (`getLineNumber()` and
//   `getColumnNumber()`, both 1-based) of the *wrapped* script and subtracts `map.lineOffset`,
//   the number of lines the caller's wrapper puts before the code.

/** A Python source range plus the `co_name` of the code object it belongs to. */
export interface PyPosition {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
  /** `co_name`: '<module>', a function name, '<lambda>', '<listcomp>', '<genexpr>', a class name... */
  scope: string;
  /**
   * True for a function's argument-binding prologue. CPython reports argument errors in the
   * *caller's* frame, so a traceback printer should drop frames whose position is a prologue.
   */
  prologue?: boolean;
  /** For a one-line binary operation or subscript: where CPython 3.11 puts its `~~^~~` anchors. */
  anchor?: CaretAnchor;
  /** For a method call `o.m(...)`: where `o.m` ends (line, column). CPython reports a failed
   *  method lookup at the attribute, not at the whole call. */
  calleeEnd?: [number, number];
}

/**
 * Raw AST columns a traceback printer needs to draw CPython 3.11's secondary carets
 * (`_extract_caret_anchors_from_line_segment`): for a BinOp, the end of the left operand and the
 * start of the right one (the operator is found between them); for a Subscript, the end of the
 * subscripted value and the end of the slice (the brackets are found around them).
 */
export interface CaretAnchor {
  kind: 'binop' | 'subscript';
  left: number;
  right: number;
}

interface AnchorSource {
  _type?: string; lineno: number; end_lineno: number;
  func?: { _type?: string; end_lineno: number; end_col_offset: number };
  left?: { end_col_offset: number }; right?: { col_offset: number };
  value?: { end_col_offset: number }; slice?: { end_col_offset: number };
}

/** Where the callee `o.m` of a method call node ends. */
export function calleeEnd(node: AnchorSource): [number, number] | undefined {
  if (node._type !== 'Call' || node.func?._type !== 'Attribute') return undefined;
  return [node.func.end_lineno, node.func.end_col_offset];
}

/** The caret anchor of an AST node, when CPython would draw one for it. */
export function caretAnchor(node: AnchorSource): CaretAnchor | undefined {
  if (node.lineno !== node.end_lineno) return undefined;
  if (node._type === 'BinOp' && node.left && node.right) {
    return { kind: 'binop', left: node.left.end_col_offset, right: node.right.col_offset };
  }
  if (node._type === 'Subscript' && node.value && node.slice) {
    return { kind: 'subscript', left: node.value.end_col_offset, right: node.slice.end_col_offset };
  }
  return undefined;
}

export interface MapEntry extends PyPosition {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  /** Length of the covered JS text, used to pick the innermost entry. */
  size: number;
}

export interface SourceMap {
  /** Python file name the code came from (`<cell 3>`-style names for notebook cells). */
  file: string;
  /**
   * Lines the caller's wrapper puts before line 1 of `code`. Preset for
   * `new Function('$', 'G', code)` (2: `function anonymous($,G` and `) {`); a caller with another
   * wrapper sets its own (e.g. `{ ...map, lineOffset: 1 }` for `(function ($, G) {\n` + code).
   */
  lineOffset: number;
  entries: MapEntry[];
}

/** Lines V8 puts before the body of `new Function('$', 'G', code)`. */
export const NEW_FUNCTION_LINE_OFFSET = 2;

// Per-line index, keyed by the entries array so that copies of a map (`{ ...map }`) share it.
const indexCache = new WeakMap<MapEntry[], Map<number, MapEntry[]>>();

function lineIndex(entries: MapEntry[]): Map<number, MapEntry[]> {
  let idx = indexCache.get(entries);
  if (idx) return idx;
  idx = new Map();
  for (const e of entries) {
    for (let l = e.line; l <= e.endLine; l++) {
      let list = idx.get(l);
      if (!list) idx.set(l, (list = []));
      list.push(e);
    }
  }
  indexCache.set(entries, idx);
  return idx;
}

function contains(e: MapEntry, line: number, col: number): boolean {
  if (line < e.line || line > e.endLine) return false;
  if (line === e.line && col < e.col) return false;
  if (line === e.endLine && col >= e.endCol) return false;
  return true;
}

/**
 * Python position of a V8 stack position (1-based line and column of the wrapped script): the
 * smallest mapped range containing it, i.e. the innermost Python expression (or statement) there,
 * with the name of its code object. Undefined outside every entry (e.g. in the wrapper).
 */
export function lookup(map: SourceMap, jsLine: number, jsCol: number): PyPosition | undefined {
  const line = jsLine - map.lineOffset;
  const col = jsCol - 1;
  const candidates = lineIndex(map.entries).get(line);
  if (!candidates) return undefined;
  let best: MapEntry | undefined;
  for (const e of candidates) {
    if (contains(e, line, col) && (!best || e.size < best.size)) best = e;
  }
  if (!best) return undefined;
  const out: PyPosition = {
    lineno: best.lineno, col_offset: best.col_offset, end_lineno: best.end_lineno,
    end_col_offset: best.end_col_offset, scope: best.scope,
  };
  if (best.prologue) out.prologue = true;
  if (best.anchor) out.anchor = best.anchor;
  if (best.calleeEnd) out.calleeEnd = best.calleeEnd;
  return out;
}

/** An empty map (used when translation fails). */
export function emptySourceMap(file: string): SourceMap {
  return { file, lineOffset: NEW_FUNCTION_LINE_OFFSET, entries: [] };
}
