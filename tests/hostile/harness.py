"""Classes of submissions for the grader's tests: the hostile corpus, a correct and a buggy student.

Each tests/hostile/<case>/case.py is a corpus case (FILES / EDITS on a copy of the solution, see
tests/conftest.py) plus what it attacks (docstring), EXPECT {check id: feedback key} for the
checks it must fail (every other check must pass), FEEDBACK (text of its English feedback; "a|b"
means either) and NEEDS ("sandbox": meaningful only inside bubblewrap; "own_uid": safe only when
checks run as a uid of their own). Paths in its code are written {KIT}, {SOLUTIONS}, {REFERENCE},
{CLASSMATE} and filled in here; what it writes anywhere is marked {MARK}.
"""
import json
import os
import types
from pathlib import Path

import pytest
from conftest import CORPUS, build_variant, load_case

from gankit import paths
from gankit.cli import main
from gankit.grading import sandbox

HOSTILE = Path(__file__).resolve().parent
CASES = sorted(path.parent.name for path in HOSTILE.glob("*/case.py"))
# Cheap checks that load every student file: the hostile code runs in each of them.
CHECKS = "generator.output,discriminator.output,losses.discriminator,step.detach"
CHECK_SECONDS = "3"  # the endless loop costs this plus the worker's grace, not the checks' 20 s
MEMORY_MIB = "512"  # the probes of CHECKS need ~50 MiB; the memory bombs then fill only ~1 GB, briefly
SECRET = ("GANKIT_TEST_SECRET", "hunter2-must-not-leak")  # in the grader's environment during grading
MARK = "GANKIT-HOSTILE-WAS-HERE"  # in whatever a hostile case manages to write
# Without bubblewrap the same guarantees minus the file system (docs/grading.md): these cases
# cover the plain-process path; the endless loop's timeout path is the same in both.
FALLBACK_CASES = ("exit_at_import", "os_exit_at_import", "memory_bomb", "fork_bomb", "kills_everything",
                  "reads_environment", "forged_results", "reports_what_it_sees")


_GRADED = {}  # one grading per session, shared by every test module that asks


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """The whole corpus graded in the sandbox: (grades folder, names graded, kit digest before, after)."""
    if "sandbox" not in _GRADED:
        _GRADED["sandbox"] = grade_hostile_class(tmp_path_factory.mktemp("hostile"), CASES)
    return _GRADED["sandbox"]


@pytest.fixture(scope="module")
def graded_without_sandbox(tmp_path_factory):
    """Part of the corpus graded as plain processes (--no-sandbox)."""
    if "plain" not in _GRADED:
        _GRADED["plain"] = grade_hostile_class(tmp_path_factory.mktemp("fallback"), FALLBACK_CASES, "--no-sandbox")
    return _GRADED["plain"]


def case(name: str):
    return load_case(HOSTILE / name)


def usable(module, isolation) -> bool:
    needs = getattr(module, "NEEDS", "")
    return needs == "" or (needs == "sandbox" and isolation.sandbox) or (needs == "own_uid" and isolation.own_uid)


def build_class(root: Path, names, isolation) -> list:
    """alice (correct), bob (swapped d_loss labels) and each usable hostile case; the names graded."""
    build_variant(types.SimpleNamespace(), root / "alice")
    build_variant(load_case(CORPUS / "bugs" / "dl_swapped_labels"), root / "bob")
    fill = {"{KIT}": str(paths.REPO_ROOT / "gankit"), "{SOLUTIONS}": str(paths.SOLUTION_DIR),
            "{REFERENCE}": str(paths.REFERENCE_FILE), "{CLASSMATE}": str(root / "alice"), "{MARK}": MARK}
    graded = ["alice", "bob"]
    for name in names:
        module = case(name)
        if usable(module, isolation):
            build_variant(types.SimpleNamespace(
                FILES={file: _fill(text, fill) for file, text in getattr(module, "FILES", {}).items()},
                EDITS=[(file, old, _fill(new, fill)) for file, old, new in getattr(module, "EDITS", [])]), root / name)
            graded.append(name)
    return graded


def _fill(text: str, values: dict) -> str:
    for key, value in values.items():
        text = text.replace(key, value)
    return text


def grade(submissions: Path, out: Path, *options) -> int:
    """`gankit grade` on a class with the cheap checks, in this process; its exit code."""
    return main(["grade", str(submissions), "--out", str(out), "--checks", CHECKS, "--check-seconds", CHECK_SECONDS,
                 "--memory-mib", MEMORY_MIB, "--lang", "en", *options])


def grade_hostile_class(root: Path, names, *options):
    """Build and grade a class; returns (grades folder, names graded, protected files, what became of them)."""
    isolation = sandbox.detect(sandbox="--no-sandbox" not in options)
    graded = build_class(root / "class", names, isolation)
    protected = protected_files(root / "class" / "alice")
    os.environ[SECRET[0]] = SECRET[1]
    try:
        assert grade(root / "class", root / "grades", *options) == 0
    finally:
        del os.environ[SECRET[0]]
    return root / "grades", graded, protected, {path: state(path) for path in protected}


def protected_files(classmate: Path) -> list:
    """Files the hostile cases go for: the kit's checks, the solution, the reference, a classmate's."""
    folders = (paths.REPO_ROOT / "gankit" / "checks", paths.SOLUTION_DIR, paths.AUTOGRADER_DIR, classmate)
    return sorted(path for folder in folders for path in folder.rglob("*.*") if "__pycache__" not in path.parts)


def state(path: Path) -> str:
    """"intact", or what happened to a protected file. (Not a hash: other people may edit the kit
    while the tests run; a hostile write always carries MARK.)"""
    if not path.is_file():
        return "deleted"
    return "marked" if MARK.encode() in path.read_bytes() else "intact"


def record(grades: Path, student: str) -> dict:
    return json.loads((grades / "students" / student / "record.json").read_text(encoding="utf-8"))


def feedback(grades: Path, student: str, lang: str = "en") -> str:
    return (grades / "students" / student / f"feedback.{lang}.txt").read_text(encoding="utf-8")


def failures(grades: Path, student: str) -> dict:
    """check id -> feedback key of each failed check of a student."""
    return {item["id"]: item["failure"]["key"] for item in record(grades, student)["results"] if item["failure"]}
