// Where the Python code calling into a library function is: warnings and logging report the
// caller's file and line (and logging its function name). The traceback machinery installs the
// locator (setFrameLocator); without one, callers fall back to CPython's "unknown" values.

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

let locate: (stacklevel: number) => FrameInfo | undefined = () => undefined;

/** Install the locator: `stacklevel` 1 is the innermost Python frame (the caller of the runtime
 *  library function), 2 its caller, and so on; undefined when the stack is not that deep. */
export function setFrameLocator(f: (stacklevel: number) => FrameInfo | undefined) { locate = f; }

export function locateFrame(stacklevel: number): FrameInfo | undefined { return locate(stacklevel); }
