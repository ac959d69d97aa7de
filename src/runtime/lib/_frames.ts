// Where the Python code calling into a library function is: warnings and logging report the
// caller's file and line (and logging its function name). By default this reads the Python frames
// the kernel's traceback machinery sees on the JS stack (captureFrames); a host may install its
// own locator with setFrameLocator.
import { captureFrames, sourceLine, Frame } from '../py/traceback';

export interface FrameInfo {
  filename: string;
  lineno: number;
  /** Module name (__name__ of the frame's globals). */
  module: string;
  /** The source line, if known. */
  line?: string;
  /** co_name of the frame ('<module>' at top level). */
  funcName?: string;
}

let mainFile: string | undefined;
/** The script run as __main__ (its frames report module '__main__'). */
export function setMainFile(f: string | undefined) { mainFile = f; }

function moduleOf(f: Frame): string {
  if (f.file === mainFile || (!mainFile && !f.file.startsWith('/usr/lib/'))) return '__main__';
  const m = /\/python3\.11\/(.*)\.py$/.exec(f.file);
  if (m) return m[1].replace(/\/__init__$/, '').replace(/\//g, '.');
  return f.file.replace(/^.*\//, '').replace(/\.py$/, '');
}

/** The module name (`__name__`) of the code in a Python file. */
export function moduleOfFile(file: string): string { return moduleOf({ file } as Frame); }

function defaultLocate(stacklevel: number): FrameInfo | undefined {
  const frames = captureFrames(defaultLocate);
  const f = frames[frames.length - stacklevel];
  if (!f) return undefined;
  return { filename: f.file, lineno: f.line, module: moduleOf(f), line: f.text ?? sourceLine(f.file, f.line), funcName: f.name };
}

let locate: (stacklevel: number) => FrameInfo | undefined = defaultLocate;

/** Install the locator: `stacklevel` 1 is the innermost Python frame (the caller of the runtime
 *  library function), 2 its caller, and so on; undefined when the stack is not that deep. */
export function setFrameLocator(f: (stacklevel: number) => FrameInfo | undefined) { locate = f; }

export function locateFrame(stacklevel: number): FrameInfo | undefined { return locate(stacklevel); }
