"""Throughput of `gankit grade` on a local Dask cluster of 1 and 2 workers, beside the same class graded
on this machine with --jobs 1 and 2 (gankit.grading.dask_executor; docs/platforms.md).

    python bench/bench_dask.py                        # 6 submissions, every check
    python bench/bench_dask.py --students 12 --upload --checks generator,losses

The class cycles through correct code (the solution and the accepted alternatives) and planted bugs.
Each cluster is a fresh LocalCluster of worker processes (one thread each), so its figure includes
starting the workers, importing torch in them and the preflight. CPU time counts this process and
every process below it (Dask workers, nannies, sandboxes, checks), sampled every SAMPLE_SECONDS: on a
shared machine it is the steadier figure.
"""
import argparse
import contextlib
import io
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import psutil

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from conftest import CORPUS, build_variant, load_case  # noqa: E402 - the tests' corpus builders

from gankit.checks import reference  # noqa: E402
from gankit.cli import main as gankit  # noqa: E402
from gankit.grading import intake, sandbox  # noqa: E402
from gankit.grading.settings import Settings, parse_checks  # noqa: E402
from gankit.grading.state import GradesFolder  # noqa: E402
from gankit.grading import dask_executor  # noqa: E402

WORKERS = (1, 2)
BUGS = ("dl_swapped_labels", "ts_no_detach", "g_missing_tanh")  # planted bugs that still run every check
SAMPLE_SECONDS = 0.2  # a process's last fraction of this is not counted; sandboxes live for seconds


def build(root: Path, students: int) -> Path:
    cases = [None, *sorted(CORPUS.glob("alternatives/*")), *(CORPUS / "bugs" / bug for bug in BUGS)]
    for i in range(students):
        case = cases[i % len(cases)]
        build_variant(load_case(case) if case else SimpleNamespace(), root / f"s{i:03d}")
    return root


class TreeCPU(threading.Thread):
    """CPU seconds of this process and all its descendants while it runs (killed sandboxes are never
    waited for, so getrusage would miss them)."""

    def __init__(self):
        super().__init__(daemon=True)
        self.seen, self.stop = {}, threading.Event()

    def run(self):
        me = psutil.Process()
        while not self.stop.is_set():
            for process in [me, *me.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    times = process.cpu_times()
                    self.seen[process.pid, process.create_time()] = times.user + times.system
            self.stop.wait(SAMPLE_SECONDS)

    def total(self) -> float:
        self.stop.set()
        self.join()
        return sum(self.seen.values())


def measure(label: str, students: int, grade) -> None:
    """Run grade() with its printing captured; print wall time, throughput and CPU time."""
    load, sampler, started = os.getloadavg()[0], TreeCPU(), time.monotonic()
    before = sum(psutil.Process().cpu_times()[:2])
    sampler.start()
    with contextlib.redirect_stdout(io.StringIO()) as printed:
        grade()
    wall, cpu = time.monotonic() - started, sampler.total() - before
    grading = [line for line in printed.getvalue().splitlines() if "graded on the cluster in" in line]
    inner = f"; grading alone {grading[0].rsplit(' in ', 1)[1]}" if grading else ""
    print(f"{label:<24} {wall:6.0f} s wall ({60 * students / wall:5.1f} per minute{inner}), {cpu:6.0f} s CPU, "
          f"load average before {load:.1f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=6)
    parser.add_argument("--checks", default="", help="check ids or groups (default: every check)")
    parser.add_argument("--upload", action="store_true", help="send the submissions to the workers")
    args = parser.parse_args()
    settings = Settings(checks=parse_checks(args.checks), lang="en")
    expected = reference.load()
    options = ["--lang", "en"] + (["--checks", args.checks] if args.checks else [])
    with tempfile.TemporaryDirectory() as scratch:
        submissions = build(Path(scratch) / "class", args.students)
        todo, _ = intake.discover(submissions)
        print(f"class: {args.students} submissions, checks: {args.checks or 'all'}; isolation {sandbox.detect().name}; "
              f"{os.cpu_count()} cores{'; uploaded' if args.upload else ''}")
        for n in WORKERS:
            out = Path(scratch) / f"dask{n}"
            grades = GradesFolder(out, settings.fingerprint(expected))
            measure(f"Dask, {n} worker{'s' if n > 1 else ''}", args.students,
                    lambda: dask_executor.grade_all(todo, settings, expected, grades, workers=n, upload=args.upload))
            grades.close()
        for n in WORKERS:
            out = Path(scratch) / f"local{n}"
            measure(f"gankit grade --jobs {n}", args.students,
                    lambda: gankit(["grade", str(submissions), "--out", str(out), "--jobs", str(n), *options]))


if __name__ == "__main__":
    main()
