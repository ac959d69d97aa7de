// Status-bar item: `Asyncio Lab: <clock> clock t=<loopTime>` for the active notebook.
import * as vscode from 'vscode';

export interface ClockState { clock: string; loopTime: number }

export class KernelStatusBar implements vscode.Disposable {
  private item = vscode.window.createStatusBarItem('asyncio-lab.clock', vscode.StatusBarAlignment.Right, 100);
  private states = new Map<string, ClockState>();
  private subs: vscode.Disposable[] = [];

  constructor() {
    this.item.name = 'Asyncio Lab clock';
    this.item.tooltip = 'Event-loop time of the Asyncio Lab kernel after the last cell';
    this.subs.push(vscode.window.onDidChangeActiveNotebookEditor(() => this.refresh()));
  }

  update(uri: vscode.Uri, state: ClockState | undefined) {
    if (state) this.states.set(uri.toString(), state); else this.states.delete(uri.toString());
    this.refresh();
  }

  text(uri: vscode.Uri): string | undefined {
    const s = this.states.get(uri.toString());
    return s && `Asyncio Lab: ${s.clock} clock t=${formatTime(s.loopTime)}`;
  }

  private refresh() {
    const nb = vscode.window.activeNotebookEditor?.notebook;
    const text = nb && this.text(nb.uri);
    if (text) { this.item.text = text; this.item.show(); } else { this.item.hide(); }
  }

  dispose() { this.item.dispose(); this.subs.forEach(d => d.dispose()); }
}

function formatTime(t: number): string {
  if (!Number.isFinite(t)) return String(t);
  return Number.isInteger(t) ? t.toFixed(1) : String(Math.round(t * 1e6) / 1e6);
}
