"""Run a program exactly as oracle.py does (runpy as __main__, relative file names in tracebacks,
random seeded with 0, uncaught exceptions printed from the program's own frames) but on CPython's
own event loop and real clock: oracle.run_program without its clock patches and virtual loop.

For the golden programs under test/fixtures/programs/processes/ and the demo cells marked
real-clock: the oracle does not model process pools (its virtual selector never wakes for a
worker process's result), so those run here, and their output must not depend on time.

    python3 test/oracle/plain.py program.py [args...]
"""
import asyncio
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle  # noqa: E402

oracle.install_time_patches = lambda: None
oracle.VirtualEventLoopPolicy = asyncio.DefaultEventLoopPolicy

if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.stderr.write("usage: plain.py program.py [args...]\n")
        sys.exit(2)
    # What worker processes print shows up as they print it, as on a terminal or in Jupyter
    # (whatever PYTHONUNBUFFERED says); Asyncio Lab models that.
    sys.stdout.reconfigure(line_buffering=True)
    sys.exit(oracle.run_program(sys.argv[1], sys.argv[2:]))
