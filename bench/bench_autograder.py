"""Wall time of the student self-check, `pytest autograder/`, on the solution and on the skeleton.

Target (issue 3): under 20 s on a 2-core machine. Run: `make bench` or `python bench/bench_autograder.py`.
"""
import os
import subprocess
import sys
import time

from gankit import paths

RUNS = 2  # best of two: the first run also warms the page cache (torch's shared libraries)


def wall_time(submission) -> tuple:
    """(best seconds, last exit code) of `pytest autograder/ --submission submission`."""
    best, code = float("inf"), None
    for _ in range(RUNS):
        start = time.perf_counter()
        code = subprocess.run([sys.executable, "-m", "pytest", str(paths.AUTOGRADER_DIR), "-q", "-p", "no:cacheprovider",
                               "--submission", str(submission)], capture_output=True, cwd=paths.REPO_ROOT).returncode
        best = min(best, time.perf_counter() - start)
    return best, code


def main():
    print(f"load average before: {os.getloadavg()[0]:.2f}  cores: {os.cpu_count()}")
    for name, folder in (("solution", paths.SOLUTION_DIR), ("skeleton", paths.SKELETON_DIR)):
        seconds, code = wall_time(folder)
        print(f"pytest autograder/ on the {name:8s}: {seconds:5.1f} s  (exit code {code}; target < 20 s)")


if __name__ == "__main__":
    main()
