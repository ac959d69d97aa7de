// Extension entry: wiring only. Each feature lives in src/notebook/* behind a registerX(deps).
// Activation stays cheap: the Python runtime is loaded only in the sandbox worker (dist/worker.js).
import * as vscode from 'vscode';
import { registerKernel, registerRestartCommand, registerInterruptCommand } from './notebook/controller';
import { registerNewNotebook } from './notebook/newNotebook';
import { registerInlineTimeline } from './notebook/inlineTimeline';
import { registerRunCommands } from './notebook/runInteractive';
import { registerShowTypeScript } from './notebook/showTypeScript';
import { KernelStatusBar } from './notebook/statusBar';
import { registerDemos } from './demos/register';
import { registerLanguageFeatures } from './language/register';
import { registerTaskView } from './webview/panel';

export function activate(context: vscode.ExtensionContext) {
  const statusBar = new KernelStatusBar();
  const { kernel, disposable } = registerKernel({ extensionPath: context.extensionPath, statusBar });
  context.subscriptions.push(
    statusBar,
    disposable,
    registerRestartCommand({ kernel }),
    registerInterruptCommand({ kernel }),
    registerNewNotebook({ extensionId: context.extension.id }),
    registerShowTypeScript(),
    registerRunCommands({ controller: kernel.interactiveController, extensionId: context.extension.id }),
    registerDemos(context),
    registerLanguageFeatures(context),
    registerTaskView(context, { latestTrace: () => kernel.latestTrace(), onDidChangeTrace: kernel.onDidChangeTrace, onDidTraceEvents: kernel.onDidTraceEvents }),
    registerInlineTimeline(),
  );
}

export function deactivate() { /* subscriptions dispose the sessions */ }
