import { sameAsCPython } from './_programs';

describe('lib/logging (programs)', () => {
  it('root shortcuts, hierarchy, basicConfig(force), formats, asctime on the virtual clock, exception()', () => sameAsCPython('logging_basic', `
import logging, asyncio, time
logging.warning("root warn %s", 1)
logging.info("hidden")
log = logging.getLogger("app.db")
log.warning("from app.db %d", 5)
print(log, logging.getLogger("app"), logging.getLogger(), log.parent.name, log.getEffectiveLevel())
logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(levelname)-8s [%(name)s] %(threadName)s %(message)s", force=True)
log.debug("debug now %s", "on")
time.sleep(1.5)
log.info("after sleep")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("boom")
h = logging.StreamHandler()
h.setFormatter(logging.Formatter("H:%(levelname)s:%(message)s"))
other = logging.getLogger("other")
other.addHandler(h)
other.propagate = False
other.error("only handler")
other.setLevel("ERROR")
other.warning("filtered")
print(other.isEnabledFor(logging.ERROR), logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(15))
`));
  // asyncio logs "Using selector: VirtualSelector" at DEBUG when the loop is created.
  it('inside asyncio.run with DEBUG level', () => sameAsCPython('logging_asyncio', `
import logging, asyncio
logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(levelname)s %(name)s %(message)s")
async def main():
    logging.getLogger("task").info("in task at %.1f", asyncio.get_running_loop().time())
    await asyncio.sleep(0.25)
    logging.getLogger("task").warning("later")
asyncio.run(main())
`));

  it('LogRecord constructed directly, Formatter with datefmt and msecs', () => sameAsCPython('logging_record_ctor', `
import logging, asyncio
async def main():
    await asyncio.sleep(3.125)
asyncio.run(main())
r = logging.LogRecord("x.y", logging.WARNING, "/some/dir/mod.py", 7, "n=%d %s", (5, "z"), None)
print(r.name, r.levelname, r.levelno, r.pathname, r.filename, r.module, r.lineno, r.funcName, r.getMessage(), r.msecs, r.created)
print(r)
print(logging.Formatter("%(asctime)s|%(msecs)03d|%(module)s", datefmt="%H:%M:%S").format(r))
print(logging.Formatter("%(asctime)s %(message)s").format(r))
print(logging.Formatter("{asctime} {levelname:>8} {message}", style="{").format(r))
r2 = logging.LogRecord("d", 20, "p.py", 1, "%(a)s and %(b)s", ({"a": 1, "b": 2},), None, func="fn")
print(r2.getMessage(), r2.funcName)
class MyRecord(logging.LogRecord):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.extra_field = "custom"
m = MyRecord("m", 10, "q.py", 2, "hi", None, None)
print(type(m).__name__, m.extra_field, m.getMessage())
`));
});
