// `asyncio-lab check FILE.py`: the editor's asyncio diagnostics on the command line.
// Prints `file:line:col: CODE message` (1-based column) and returns 1 when anything was found.
import { checkSource, formatDiagnostic } from '../language/diagnostics';

export function checkCommand(file: string, source: string, out: (s: string) => void): number {
  const found = checkSource(source, file, { cell: false });
  for (const d of found) out(formatDiagnostic(file, d) + '\n');
  return found.length ? 1 : 0;
}
