"""Do the checks give the same verdicts on every torch a student may have? One venv per torch version.

    python bench/torch_compat.py 2.0.0 2.15.0 2.13.0+cpu [--find-links DIR ...] [--work DIR] [--keep]

For each version: a fresh virtual environment with that torch (and numpy < 2 for torch < 2.3,
whose wheels were built against NumPy 1) and the other student packages, then every check on the
solution, the skeleton and every planted bug of tests/corpus/bugs, graded in that environment
against the frozen reference (the kit is imported from this repository), and a short
`gankit train` (2 steps), `gankit evaluate` (small sizes) and `gankit report` of the solution.
Prints a Markdown table of each case's points per version and exits 1 if any verdict (points and
message key of any check) differs between versions or a command fails. Not part of `make test`: each Linux torch wheel from PyPI brings 2-3 GB of CUDA
libraries (budget ~5 GB of disk and several minutes per version; the venvs are deleted
afterwards unless --keep). The pip configuration of this machine is ignored (PIP_CONFIG_FILE is
/dev/null, no constraint file), so any version the index serves can be installed; add
--find-links for wheels already on disk and --index-url for another index.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NUMPY_1_BEFORE = (2, 3)  # torch wheels before 2.3 were built against NumPy 1: NumPy 2 breaks torch.from_numpy


def numpy_spec(version: str) -> str:
    major, minor = (int(part) for part in version.split("+")[0].split(".")[:2])
    return "numpy<2" if (major, minor) < NUMPY_1_BEFORE else "numpy"


def install(version: str, where: Path, pip_args: list) -> Path:
    """A venv at `where` with torch==version; returns its python."""
    venv.EnvBuilder(with_pip=True, clear=True).create(where)
    python = where / ("Scripts" if os.name == "nt" else "bin") / "python"
    env = {**os.environ, "PIP_CONFIG_FILE": os.devnull, "PIP_CONSTRAINT": "", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    subprocess.run([str(python), "-m", "pip", "install", "-q", *pip_args, f"torch=={version}", numpy_spec(version),
                    "pytest", "matplotlib", "tqdm"], check=True, env=env)
    return python


def grade_all() -> dict:
    """(worker) case -> {check id: [points, message key or ""]}, every check, for every case."""
    sys.path.insert(0, str(REPO / "tests"))
    import torch
    from conftest import CORPUS, build_variant, load_case

    from gankit import paths
    from gankit.checks import grade, reference

    expected = reference.load()
    cases = {"solution": paths.SOLUTION_DIR, "skeleton": paths.SKELETON_DIR}
    with tempfile.TemporaryDirectory() as tmp:
        for case_dir in sorted((CORPUS / "bugs").iterdir()):
            cases[f"bug {case_dir.name}"] = build_variant(load_case(case_dir), Path(tmp) / case_dir.name)
        verdicts = {name: {r.id: [r.points, r.failure.key if r.failure else ""] for r in grade(folder, expected)}
                    for name, folder in cases.items()}
        commands = _commands(Path(tmp) / "run")
    return {"torch": torch.__version__, "verdicts": verdicts, "commands": commands}


SMOKE = (  # gankit's student commands on the solution, small enough for a minute
    ["train", "--max-steps", "2", "--limit", "128", "--threads", "1"],
    ["evaluate", "--samples", "200", "--valid", "100", "--test", "100", "--nearest", "50"],
    ["report"],
)


def _commands(run: Path) -> str:
    """(worker) "ok", or the first failing command and the last line it printed."""
    from gankit import paths

    for args in SMOKE:
        argv = [sys.executable, "-m", "gankit", args[0], *([] if args[0] == "train" else [str(run)]), *args[1:]]
        if args[0] == "train":
            argv += ["--out", str(run), "--submission", str(paths.SOLUTION_DIR)]
        done = subprocess.run(argv, capture_output=True, text=True)
        if done.returncode != 0:
            return f"gankit {args[0]}: " + ((done.stderr or done.stdout).strip().splitlines() or ["?"])[-1]
    return "ok"


def table(runs: dict) -> str:
    """Markdown: one row per case, its points under each torch version, and whether every verdict agrees."""
    versions = list(runs)
    first = runs[versions[0]]["verdicts"]
    lines = ["| case | " + " | ".join(f"torch {runs[v]['torch']}" for v in versions) + " | same verdicts |",
             "|---|" + "---:|" * len(versions) + "---|"]
    for case in first:
        points = [f"{sum(p for p, _ in runs[v]['verdicts'][case].values()):g}" for v in versions]
        same = all(runs[v]["verdicts"][case] == first[case] for v in versions)
        lines.append(f"| {case} | " + " | ".join(points) + f" | {'yes' if same else 'NO'} |")
    lines.append("| gankit train, evaluate, report | " + " | ".join(runs[v]["commands"] for v in versions) + " | |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("versions", nargs="*", help="torch versions, e.g. 2.0.0 2.15.0 2.13.0+cpu")
    parser.add_argument("--find-links", action="append", default=[], metavar="DIR", help="wheels on disk (repeatable)")
    parser.add_argument("--index-url", help="package index (default: pip's, PyPI)")
    parser.add_argument("--work", type=Path, default=None, help="where the venvs go (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the venvs")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(grade_all()))
        return 0
    if not args.versions:
        parser.error("name at least one torch version")
    pip_args = [arg for folder in args.find_links for arg in ("--find-links", folder)]
    pip_args += ["--index-url", args.index_url] if args.index_url else []
    work = args.work or Path(tempfile.mkdtemp(prefix="torch_compat_"))
    runs = {}
    try:
        for version in args.versions:
            started = time.monotonic()
            python = install(version, work / f"torch-{version}", pip_args)
            installed = time.monotonic() - started
            done = subprocess.run([str(python), __file__, "--worker"], capture_output=True, text=True, cwd=REPO,
                                  env={**os.environ, "PYTHONPATH": str(REPO)}, check=True)
            runs[version] = json.loads(done.stdout.strip().splitlines()[-1])
            print(f"torch {runs[version]['torch']}: installed in {installed:.0f} s, graded "
                  f"{len(runs[version]['verdicts'])} cases in {time.monotonic() - started - installed:.0f} s",
                  file=sys.stderr)
            if not args.keep:
                shutil.rmtree(work / f"torch-{version}")
    finally:
        if not args.keep and args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print(table(runs))
    agree = all(runs[v]["verdicts"] == runs[args.versions[0]]["verdicts"] and runs[v]["commands"] == "ok"
                for v in args.versions)
    print(f"\nevery verdict identical and every command ok across {', '.join(runs[v]['torch'] for v in args.versions)}: "
          f"{'yes' if agree else 'NO'}")
    return 0 if agree else 1


if __name__ == "__main__":
    sys.exit(main())
