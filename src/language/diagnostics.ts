// The asyncio diagnostics: stable codes, messages and quick fixes, as plain data (no vscode).
// `checkSource` is what the editor (register.ts) and `asyncio-lab check` both call.
import type * as A from '../translator/ast';
import { walk } from '../translator/ast';
import { parse } from '../translator/parser';
import { Model } from './model';
import { SourceText } from './text';
import { awaitRules } from './rulesAwait';
import { blockingRules } from './rulesBlocking';
import { taskRules } from './rulesTasks';

export interface TextEdit { line: number; col: number; endLine: number; endCol: number; newText: string }
export interface QuickFix { title: string; edits: TextEdit[] }

export interface LabDiagnostic {
  code: RuleCode;
  message: string;
  /** 1-based line, 0-based UTF-16 column, as in the AST. */
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  severity: 'error' | 'warning';
  fix?: QuickFix;
  /** Other fixes offered after `fix`, in order. */
  moreFixes?: QuickFix[];
}

export const RULES = {
  ALAB001: 'coroutine never awaited',
  ALAB002: 'blocking call inside async def',
  ALAB003: 'create_task result not kept',
  ALAB004: 'asyncio.run while a loop is running',
  ALAB005: 'await outside async def',
  ALAB006: 'asyncio.wait given bare coroutines',
  ALAB007: 'CancelledError swallowed',
  ALAB008: 'gather(...) not awaited',
} as const;
export type RuleCode = keyof typeof RULES;
export const RULE_CODES = Object.keys(RULES) as RuleCode[];

export interface CheckOptions {
  /** The source is a notebook cell: top-level await is fine and a loop already runs. */
  cell?: boolean;
  /** Codes switched off by setting. */
  disabled?: Iterable<string>;
}

/** Everything a rule needs. */
export interface RuleContext {
  m: Model;
  src: SourceText;
  cell: boolean;
  /** `fix` may list several fixes: the first is the preferred one. */
  report(code: RuleCode, at: A.Located, message: string, fix?: QuickFix | QuickFix[], severity?: 'error' | 'warning'): void;
}

export type Rule = (n: A.Node, ctx: RuleContext) => void;

/** Runs every rule on a Python source. Never throws; a file that does not parse gives what it can. */
export function checkSource(source: string, filename: string, opts: CheckOptions = {}): LabDiagnostic[] {
  const cell = !!opts.cell;
  const { module } = parse(source, filename, { allowTopLevelAwait: cell });
  const disabled = new Set(opts.disabled ?? []);
  const out: LabDiagnostic[] = [];
  const ctx: RuleContext = {
    m: new Model(module, { cell }),
    src: new SourceText(source),
    cell,
    report(code, at, message, fix, severity = 'warning') {
      if (disabled.has(code)) return;
      const [first, ...rest] = Array.isArray(fix) ? fix : fix ? [fix] : [];
      const d: LabDiagnostic = { code, message, line: at.lineno, col: at.col_offset, endLine: at.end_lineno, endCol: at.end_col_offset, severity, fix: first };
      if (rest.length) d.moreFixes = rest;
      out.push(d);
    },
  };
  const rules: Rule[] = [...awaitRules, ...blockingRules, ...taskRules];
  walk(module, (n) => {
    for (const r of rules) {
      try { r(n, ctx); } catch { /* a rule must never break the editor */ }
    }
  });
  out.sort((a, b) => a.line - b.line || a.col - b.col || a.code.localeCompare(b.code));
  return out;
}

/** `file:line:col: CODE message` (1-based column, like most linters). */
export function formatDiagnostic(file: string, d: LabDiagnostic): string {
  return `${file}:${d.line}:${d.col + 1}: ${d.code} ${d.message}`;
}

/** The `contributes.configuration` properties that switch the rules off (see register.ts). */
export function diagnosticSettings(): Record<string, object> {
  const out: Record<string, object> = {};
  for (const c of RULE_CODES) {
    out[`asyncioLab.diagnostics.${c}.enabled`] = { type: 'boolean', default: true, markdownDescription: `Report ${c}: ${RULES[c]}.` };
  }
  return out;
}
