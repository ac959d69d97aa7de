// translate(): Python source → the body of a JS function `($, G) => ...` plus its source map.
//
// `$` is the runtime helper namespace and `G` the module globals namespace (ARCHITECTURE.md).
// The caller wraps the code, e.g. `new Function('$', 'G', code)(runtime, globals)`, and maps V8
// stack positions back with `lookup(map, line, column)`; `map.lineOffset` is preset for that
// wrapper (2 lines), a caller with another wrapper sets its own.
//
// - mode 'module': the body runs the module top to bottom, synchronously.
// - mode 'cell': the body returns `$.cellCoroutine(function* () {...})` (top-level await allowed)
//   and the value of a trailing expression statement goes through `$.displayhook(value)`.
//   `allowTopLevelAwait` in module mode gives the same wrapping without the display.
// Syntax errors or unsupported constructs: ok=false, diagnostics, and no code. Never throws.

import { render } from './emitterCode';
import type { Diag } from './emitterContext';
import { emitModule } from './emitterModule';
import { parse } from './parser';
import { buildSymbolTable } from './scopes';
import { emptySourceMap, NEW_FUNCTION_LINE_OFFSET, type SourceMap } from './sourcemap';

export type { Diag } from './emitterContext';
export { lookup, NEW_FUNCTION_LINE_OFFSET } from './sourcemap';
export type { PyPosition, SourceMap } from './sourcemap';

export interface TranslateOptions {
  mode?: 'module' | 'cell';
  /** Index of the notebook cell (informational; the file name already identifies the cell). */
  cellIndex?: number;
  /** Allow top-level `await`/`async for`/`async with`; default: true for cells, false for modules. */
  allowTopLevelAwait?: boolean;
  /** `__module__` of classes defined at top level; default '__main__'. */
  moduleName?: string;
}

export interface TranslateResult {
  code: string;
  map: SourceMap;
  diagnostics: Diag[];
  ok: boolean;
}

function failure(filename: string, diagnostics: Diag[]): TranslateResult {
  return { code: '', map: emptySourceMap(filename), diagnostics, ok: false };
}

export function translate(source: string, filename: string, opts: TranslateOptions = {}): TranslateResult {
  try {
    const src = String(source ?? '');
    const text = src.charCodeAt(0) === 0xfeff ? src.slice(1) : src;
    const mode = opts.mode ?? 'module';
    const allowTopLevelAwait = opts.allowTopLevelAwait ?? mode === 'cell';
    const { module, errors } = parse(src, filename, { allowTopLevelAwait });
    if (errors.length) {
      return failure(filename, errors.map((d) => ({
        line: d.lineno, col: d.col_offset, endLine: d.end_lineno, endCol: d.end_col_offset,
        message: d.msg, severity: 'error', kind: d.type,
      })));
    }
    const table = buildSymbolTable(module, { allowTopLevelAwait });
    if (table.errors.length) {
      return failure(filename, table.errors.map((d) => ({
        line: d.lineno, col: d.col_offset, endLine: d.lineno, endCol: d.col_offset, message: d.message,
        severity: 'error', kind: 'SyntaxError',
      })));
    }
    const { lines, m } = emitModule(module, table, {
      mode, allowTopLevelAwait, moduleName: opts.moduleName ?? '__main__', filename,
    }, text);
    if (m.diags.length) return failure(filename, m.diags);
    const { code, entries } = render(lines);
    return { code, map: { file: filename, lineOffset: NEW_FUNCTION_LINE_OFFSET, entries }, diagnostics: [], ok: true };
  } catch (e) {
    const message = `internal translator error: ${e instanceof Error ? e.message : String(e)}`;
    return failure(filename, [{ line: 1, col: 0, endLine: 1, endCol: 0, message, severity: 'error', kind: 'unsupported' }]);
  }
}
