// "Run Selection": which code a selection in a .py editor sends to the Interactive Window.
// Pure (no `vscode`); the command is in runInteractive.ts.
//
// - An empty selection sends the cursor's line.
// - A selection that starts in a line's indentation takes whole lines from the line start, and a
//   selection ending at column 0 of a later line leaves that line out.
// - The common indentation is removed, so a block selected inside a function runs on its own.

export interface Pos { line: number; character: number; }
export interface Sel { start: Pos; end: Pos; }

export function selectionCode(text: string, sel: Sel): string {
  const lines = text.split(/\r?\n/);
  let { start, end } = sel;
  if (start.line === end.line && start.character === end.character) {
    return dedent([lines[start.line] ?? '']);
  }
  if (end.line > start.line && end.character === 0) end = { line: end.line - 1, character: (lines[end.line - 1] ?? '').length };
  const first = lines[start.line] ?? '';
  if (/^\s*$/.test(first.slice(0, start.character))) start = { line: start.line, character: 0 };
  const picked = lines.slice(start.line, end.line + 1);
  if (picked.length === 1) {
    picked[0] = picked[0].slice(start.character, end.character);
  } else {
    picked[0] = picked[0].slice(start.character);
    picked[picked.length - 1] = picked[picked.length - 1].slice(0, end.character);
  }
  return dedent(picked);
}

/** Drops blank lines at both ends and the indentation all non-blank lines share. */
export function dedent(lines: string[]): string {
  let a = 0;
  let b = lines.length;
  while (a < b && !lines[a].trim()) a++;
  while (b > a && !lines[b - 1].trim()) b--;
  const kept = lines.slice(a, b);
  const indents = kept.filter(l => l.trim()).map(l => /^[ \t]*/.exec(l)![0]);
  let common = indents[0] ?? '';
  for (const s of indents) while (!s.startsWith(common)) common = common.slice(0, -1);
  return kept.map(l => l.slice(Math.min(common.length, /^[ \t]*/.exec(l)![0].length))).join('\n');
}
