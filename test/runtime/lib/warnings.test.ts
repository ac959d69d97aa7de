import { sameAsCPython } from './_programs';

describe('lib/warnings + logging caller info (programs)', () => {
  it('warn() locations, default filters, once-per-location; logging %(filename)s/%(lineno)d/%(funcName)s', () => sameAsCPython('warnings_logging', `
import warnings, logging
def f():
    warnings.warn("careful")
f()
warnings.warn("dep", DeprecationWarning)
warnings.warn("again")
warnings.warn("again")
logging.basicConfig(format="%(filename)s:%(lineno)d %(funcName)s %(module)s %(message)s")
def g():
    logging.warning("in g")
g()
logging.warning("top")
`));
});

describe('lib/warnings: a warning about an object (source=)', () => {
  it('adds the tracemalloc hint after the source line', () => sameAsCPython('warnings_source', `
import warnings
class Thing: pass
warnings.warn("about a thing", UserWarning, source=Thing())
warnings.warn("no source")
`));
});
