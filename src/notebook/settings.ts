// Settings and notebook metadata that the kernel reads.
import * as vscode from 'vscode';

export type Clock = 'virtual' | 'real';
export const KERNEL_NAME = 'asyncio-lab';
export const CONTROLLER_ID = 'asyncio-lab.kernel';
export const NOTEBOOK_TYPE = 'jupyter-notebook';
/** Interactive Windows are notebooks of this type; VS Code needs a controller per notebook type. */
export const INTERACTIVE_NOTEBOOK_TYPE = 'interactive';
export const INTERACTIVE_CONTROLLER_ID = 'asyncio-lab.kernel.interactive';

/** The ipynb metadata object, wherever this VS Code version's serializer keeps it. */
export function ipynbMetadata(nb: vscode.NotebookDocument): any {
  const m = nb.metadata as any;
  return m?.metadata ?? m?.custom?.metadata ?? m ?? {};
}

export function kernelspecName(nb: vscode.NotebookDocument): string | undefined {
  const m = nb.metadata as any;
  return (m?.metadata?.kernelspec ?? m?.kernelspec ?? m?.custom?.metadata?.kernelspec)?.name;
}

/** Notebook metadata `asyncio_lab.clock` wins over the `asyncioLab.clock` setting. */
export function clockFor(nb: vscode.NotebookDocument): Clock {
  const m = nb.metadata as any;
  const fromNb = (m?.metadata?.asyncio_lab ?? m?.asyncio_lab ?? m?.custom?.metadata?.asyncio_lab)?.clock;
  if (fromNb === 'virtual' || fromNb === 'real') return fromNb;
  const s = vscode.workspace.getConfiguration('asyncioLab', nb.uri).get<string>('clock');
  return s === 'real' ? 'real' : 'virtual';
}
