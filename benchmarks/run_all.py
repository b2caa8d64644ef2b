"""Run every benchmark in turn and print its figures (``make bench``).

Each benchmark is its own module with a ``main``; this only sequences them so one command
reproduces every figure quoted in the issues' closing notes.
"""

from __future__ import annotations

import importlib
import sys
import time

BENCHMARKS = ("extraction", "screening", "linking", "events_eval", "findings_eval")


def main() -> int:
    status = 0
    for name in BENCHMARKS:
        print(f"\n=== benchmarks.{name} ===", flush=True)
        started = time.perf_counter()
        module = importlib.import_module(f"benchmarks.{name}")
        code = module.main([]) if name != "screening" else module.main()
        print(f"--- {name}: {time.perf_counter() - started:.1f} s", flush=True)
        status = status or int(code or 0)
    return status


if __name__ == "__main__":
    sys.exit(main())
