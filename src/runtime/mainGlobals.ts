// The namespace of the running `__main__` module (the program, or the notebook's cells), for the
// parts of the runtime that look names up in it the way CPython looks in sys.modules['__main__']:
// pickling functions by reference, and process pool workers' copies of module state.
let G: any;

export function setMainGlobals(globals: any) { G = globals; }
export function mainGlobals(): any { return G; }
