"""Throughput of `gankit grade` on a synthetic class: submissions per minute and peak memory.

    python bench/bench_grade.py                 # 40 submissions, every check, --jobs = cores
    python bench/bench_grade.py --students 20 --jobs 1 --keep /tmp/bench-grades

The class mixes correct code (the solution and the accepted alternative ways of writing it,
tests/corpus/alternatives), planted bugs (tests/corpus/bugs) and hostile submissions
(tests/hostile: exit at import, os._exit, patched comparisons, forged results, a memory bomb, a
fork bomb, a file deleter and an endless loop). Target (issue 5): at least 10 submissions per
minute on a 2-core machine. The grader runs as a child process; its whole process tree (sandboxes
included) is sampled for memory (PSS: shared pages split between the processes sharing them), and
its CPU time is counted, which on a busy shared machine is the steadier figure.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from types import SimpleNamespace

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from conftest import CORPUS, build_variant, load_case  # noqa: E402 - the tests' corpus builders
from hostile import harness  # noqa: E402

from gankit.grading import sandbox  # noqa: E402

HOSTILE = ("exit_at_import", "os_exit_at_import", "patches_allclose", "forged_results", "memory_bomb", "fork_bomb",
           "deletes_kit_files", "endless_loop")
BUGGY_SHARE = 0.35  # of the class; the rest is correct code, after the hostile ones
SAMPLE_SECONDS = 3.0  # memory sampling period: reading smaps_rollup of a torch process costs ~30 ms of CPU
TARGET_PER_MINUTE = 10


def build(root: Path, students: int) -> dict:
    """The class folder; returns kind -> student names (the harness adds alice, correct, and bob, buggy)."""
    graded = harness.build_class(root, HOSTILE, sandbox.detect())
    kinds = {"correct": ["alice"], "buggy": ["bob"], "hostile": graded[2:]}
    bugs = sorted(path.name for path in (CORPUS / "bugs").iterdir())
    for i in range(round(BUGGY_SHARE * students) - 1):
        kinds["buggy"].append(f"bug{i:02d}_{bugs[i % len(bugs)]}")
        build_variant(load_case(CORPUS / "bugs" / bugs[i % len(bugs)]), root / kinds["buggy"][-1])
    alternatives = [None, *sorted(path.name for path in (CORPUS / "alternatives").iterdir())]  # None: the solution
    for i in range(students - sum(map(len, kinds.values()))):
        case = alternatives[i % len(alternatives)]
        kinds["correct"].append(f"ok{i:02d}_{case or 'solution'}")
        build_variant(load_case(CORPUS / "alternatives" / case) if case else SimpleNamespace(), root / kinds["correct"][-1])
    return kinds


def sample(root_pid: int, stop: threading.Event, seen: dict) -> None:
    """Largest PSS sum over the grader's process tree, the grader's own RSS, and the load average."""
    while not stop.wait(SAMPLE_SECONDS):
        total = sum(_kib(pid, "smaps_rollup", "Pss:") for pid in _descendants(root_pid))
        seen["tree_mib"] = max(seen.get("tree_mib", 0), total / 1024)
        seen["parent_mib"] = max(seen.get("parent_mib", 0), _kib(root_pid, "status", "VmRSS:") / 1024)
        seen.setdefault("load", []).append(os.getloadavg()[0])


def _descendants(root_pid: int) -> list:
    children = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as stat:
                    children.setdefault(int(stat.read().rsplit(")", 1)[1].split()[1]), []).append(int(name))
            except OSError:
                continue
    found, todo = [], [root_pid]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def _kib(pid: int, file: str, field: str) -> int:
    try:
        with open(f"/proc/{pid}/{file}") as handle:
            return next((int(line.split()[1]) for line in handle if line.startswith(field)), 0)
    except OSError:
        return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=40)
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    parser.add_argument("--keep", type=Path, default=None, help="grades folder to keep (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        kinds = build(Path(scratch) / "class", args.students)
        out = args.keep or Path(scratch) / "grades"
        count = sum(map(len, kinds.values()))
        print(f"class: {count} submissions ({', '.join(f'{len(v)} {k}' for k, v in kinds.items())}); "
              f"isolation {sandbox.detect().name}; jobs {args.jobs}; cores {os.cpu_count()}; "
              f"load average before {os.getloadavg()[0]:.2f}")
        started = time.monotonic()
        grader = subprocess.Popen([sys.executable, "-m", "gankit", "grade", str(Path(scratch) / "class"), "--out", str(out),
                                   "--jobs", str(args.jobs), "--lang", "en"], stdout=subprocess.PIPE, text=True)
        stop, seen = threading.Event(), {}
        sampler = threading.Thread(target=sample, args=(grader.pid, stop, seen))
        sampler.start()
        grader.stdout.read()
        code = grader.wait()
        wall = time.monotonic() - started
        stop.set()
        sampler.join()
        report(out, code, count, wall, seen)


def report(out: Path, code: int, count: int, wall: float, seen: dict) -> None:
    records = [json.loads(path.read_text()) for path in sorted(out.glob("students/*/record.json"))]
    seconds = sorted(r["seconds"] for r in records)
    cpu = sorted(sum((a.get("usage") or {}).get("cpu_seconds", 0) for a in r["audit"].values()) for r in records)
    load = seen.get("load") or [os.getloadavg()[0]]
    print(f"exit code {code}; {len(records)} graded; load average during the run {sum(load) / len(load):.1f} "
          f"(max {max(load):.1f}) on {os.cpu_count()} cores")
    print(f"wall time {wall:.0f} s: {60 * count / wall:.1f} submissions per minute (target >= {TARGET_PER_MINUTE})")
    print(f"per submission: median {seconds[len(seconds) // 2]:.1f} s, slowest {seconds[-1]:.1f} s wall; "
          f"CPU of its checks median {cpu[len(cpu) // 2]:.1f} s")
    print(f"peak memory: {seen.get('tree_mib', 0):.0f} MiB PSS for the grader and its sandboxes "
          f"(the grader alone {seen.get('parent_mib', 0):.0f} MiB RSS), sampled every {SAMPLE_SECONDS:g} s")


if __name__ == "__main__":
    main()
