"""The whole instructor cycle through real nbgrader and a real sqlite gradebook, run once for the module:

    generate → release → (s1 submits to the exchange) → collect (+ a plain folder with s2, s3)
    → autograde → feedback → export, and validate on the student version.

s1 is correct (notebook, via the exchange) but its G writes to stderr; s2 is a .py folder with two planted
bugs that also ships a gankit.py; s3's notebook has a G cell that does not compile and a D cell that never
ends; s4's notebook is not JSON at all. nbgrader runs with the kit's environment off PATH, as from a plain
shell.
"""
import contextlib
import csv
import io
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from unittest import mock

import pytest

pytest.importorskip("nbgrader")  # gankit[course], Python 3.11+: without it these tests skip

import nbformat  # noqa: E402 (after the skip: nbgrader brings it)

from gankit import paths
from gankit.checks import CHECKS, grade, scoresheet
from gankit.cli import main
from gankit.course import notebook, rubric, theory
from gankit.course.collect import notebook_from_files
from gankit.course.layout import ASSIGNMENT, CONFIG, COURSE_ID, Course
from gankit.course.nbgrader_app import environment, gradebook
from gankit.fingerprint import fingerprint
from gankit.course.sources import code_cells

# The limit for the students' own cells, which the hanging cell costs; the kit's cells keep theirs (240 s).
CELL_TIMEOUT = 10
VENV_BIN = Path(sys.executable).parent
STUDENTS = ("s1", "s2", "s3", "s4")
GRADED = STUDENTS[:3]  # nbgrader cannot read s4's notebook
LOCATION = re.compile(r"\((\S+\.py|notebook cell):\d+: ")  # "(train_step.py:77: " vs "(notebook cell:36: "


@dataclass
class Cycle:
    course: Course
    subs: Path
    grades: Path
    runs: dict = field(default_factory=dict)  # step -> (exit code, stdout)
    seconds: dict = field(default_factory=dict)  # step -> wall-clock seconds
    oracle: dict = field(default_factory=dict)  # student -> {check id: Result of the pytest path}

    def run(self, step, *args):
        out, started = io.StringIO(), time.monotonic()
        with contextlib.redirect_stdout(out):
            code = main(["course", "--course", str(self.course.root), step, *args])
        self.runs[step], self.seconds[step] = (code, out.getvalue()), time.monotonic() - started

    def autograded(self, student):
        nb = nbformat.read(self.course.notebook("autograded", student), as_version=4)
        return {cell.metadata.get("nbgrader", {}).get("grade_id"): cell for cell in nb.cells}


def set_cells(nb, sources: dict):
    for cell in nb.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in sources:
            cell.source = sources[grade_id]
    return nb


def solution_code() -> dict:
    return {f"code-{name}": text for name, text in code_cells(paths.SOLUTION_DIR).items()}


def student_s1(cycle, home: Path):
    """Take the released notebook (what `nbgrader fetch_assignment` copies), answer everything right
    (G also writes to stderr), submit to the exchange."""
    path = home / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    path.parent.mkdir(parents=True)
    noisy_g = solution_code()["code-generator"].replace("import math", "import math, os, warnings").replace(
        "        flat = self.model(z)",
        "        warnings.warn('G debug'); os.write(2, b'G debug\\n')\n        flat = self.model(z)")
    answers = {f"answer-{q.id}": f'answer_{q.id} = "{q.answer}"' for q in theory.QUESTIONS}
    nb = notebook_from_files(cycle.course.notebook("release"), paths.SOLUTION_DIR)
    nbformat.write(set_cells(nb, {"code-generator": noisy_g, **answers}), path)
    student_nbgrader(home, "submit", ASSIGNMENT, f"--course={COURSE_ID}",
                     f"--Exchange.root={cycle.course.root / 'exchange'}", "--student=s1")


def student_nbgrader(home: Path, *args):
    """A student's own nbgrader command, run in their home folder (no course config there)."""
    subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=home, env=environment(), check=True,
                   capture_output=True)


def student_s2(folder: Path) -> Path:
    """.py files: no Tanh, no detach; one summary section written; a gankit.py that must never be imported."""
    folder.mkdir(parents=True)
    edits = {"generator.py": ("            nn.Tanh(),", ""),
             "train_step.py": ("discriminator(fake_imgs.detach())", "discriminator(fake_imgs)"),
             "paper_summary.md": ("_(여기에 작성하세요 / write your answer here)_", "GAN trains G against D.")}
    for name, (old, new) in edits.items():
        source = paths.SOLUTION_DIR if name.endswith(".py") else paths.SKELETON_DIR
        text = (source / name).read_text(encoding="utf-8")
        (folder / name).write_text(text.replace(old, new, 1), encoding="utf-8")
    shutil.copy(paths.SOLUTION_DIR / "discriminator.py", folder)
    (folder / "gankit.py").write_text("raise SystemExit('a student file was imported as the kit')\n", encoding="utf-8")
    return folder


def student_s3(folder: Path, release_notebook: Path):
    """A notebook whose G cell does not compile and whose D cell loops forever after defining D."""
    folder.mkdir(parents=True)
    code = solution_code()
    broken = {"code-generator": code["code-generator"].replace("class Generator(nn.Module):", "class Generator(nn.Module)"),
              "code-discriminator": code["code-discriminator"] + "\n\nimport time\nwhile True:\n    time.sleep(0.1)",
              "code-losses": code["code-losses"], "code-train_step": code["code-train_step"],
              "answer-q1": 'answer_q1 = "c"', "answer-q2": 'answer_q2 = "a"'}
    nbformat.write(set_cells(nbformat.read(release_notebook, as_version=4), broken), folder / f"{ASSIGNMENT}.ipynb")


@pytest.fixture(scope="module")
def cycle(tmp_path_factory, expected):
    root = tmp_path_factory.mktemp("cycle")
    course = Course(root / "course")
    shutil.copytree(paths.REPO_ROOT / "source", course.root / "source")
    shutil.copy(paths.REPO_ROOT / CONFIG, course.root / CONFIG)
    # an instructor file next to the source notebook: autograde must not copy it over a student's
    (course.root / "source" / ASSIGNMENT / "generator.py").write_text("# instructor's copy\n", encoding="utf-8")
    cycle = Cycle(course, root / "subs", root / "grades")
    plain_path = os.pathsep.join(p for p in os.environ["PATH"].split(os.pathsep) if Path(p) != VENV_BIN)
    started = time.monotonic()
    with mock.patch.dict(os.environ, {"PATH": plain_path}):
        cycle.run("generate")
        cycle.run("release")
        student_s1(cycle, root / "home_s1")
        student_s3(cycle.subs / "s3", course.notebook("release"))
        cycle.oracle["s2"] = {r.id: r for r in grade(student_s2(cycle.subs / "s2"), expected)}
        (cycle.subs / "s4").mkdir()
        (cycle.subs / "s4" / f"{ASSIGNMENT}.ipynb").write_text('{"cells": [', encoding="utf-8")
        cycle.run("collect", "--from", str(cycle.subs))
        cycle.run("autograde", f"--cell-timeout={CELL_TIMEOUT}", "--lang=en")
        cycle.run("feedback")
        cycle.run("export", f"--out={cycle.grades}")
        cycle.run("validate", str(course.notebook("release")), "--lang=en")
    cycle.seconds["total"] = time.monotonic() - started
    return cycle


def expected_cells() -> dict:
    """(student, grade cell) -> (score, max score, needs manual grading), as the CSV should have them."""
    rows = {}
    for student in STUDENTS:
        for check in CHECKS:
            rows[student, notebook.cell_id(check.id)] = (check.points, check.points, 0)
        for q in theory.QUESTIONS:
            rows[student, f"quiz-{q.id}"] = (theory.POINTS_PER_QUESTION * (student == "s1"), theory.POINTS_PER_QUESTION, 0)
        for number, criteria in rubric.SECTIONS.items():
            rows[student, f"summary-{number}"] = (0, criteria.points, int(student == "s1"))
        rows[student, "summary-writing"] = (0, rubric.WRITING.points, 1)  # a task cell always waits for a grader
    rows["s2", "summary-1"] = (0, rubric.SECTIONS["1"].points, 1)
    for (student, cell), (_, max_score, _) in rows.items():
        if student == "s4":  # nbgrader could not read it: every cell 0 and left to a human
            rows[student, cell] = (0, max_score, 1)
    rows["s3", "quiz-q2"] = (theory.POINTS_PER_QUESTION, theory.POINTS_PER_QUESTION, 0)
    for check in CHECKS:
        if check.id.startswith("generator."):
            rows["s3", notebook.cell_id(check.id)] = (0, check.points, 0)
    return rows


def test_every_step_succeeds_but_autograde_and_validate_report_failure(cycle):
    codes = {step: code for step, (code, _) in cycle.runs.items()}
    assert codes == {"generate": 0, "release": 0, "collect": 0, "autograde": 1, "feedback": 0, "export": 0,
                     "validate": 1}, {step: out[-2000:] for step, (_, out) in cycle.runs.items()}
    print("cycle seconds:", {step: round(s) for step, s in cycle.seconds.items()})


def test_exported_csv_has_exactly_the_expected_points_per_student_and_cell(cycle):
    rows = expected_cells()
    for check_id, result in cycle.oracle["s2"].items():  # s2's code: whatever the pytest path gives it
        rows["s2", notebook.cell_id(check_id)] = (result.points, result.max_points, 0)
    assert {r.passed for r in cycle.oracle["s2"].values()} == {True, False}
    with open(cycle.grades / "grades_by_cell.csv", encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    found = {(r["student_id"], r["cell"]): (float(r["score"]), float(r["max_score"]), int(r["needs_manual_grade"]))
             for r in table}
    assert found == rows
    assert {r["checks_fingerprint"] for r in table} == {fingerprint()}  # the kit's one version of the checks
    with open(cycle.grades / "grades.csv", encoding="utf-8") as fh:
        totals = {r["student_id"]: (float(r["score"]), float(r["max_score"])) for r in csv.DictReader(fh)}
    assert totals == {s: (sum(v[0] for (t, _), v in rows.items() if t == s), 150.0) for s in STUDENTS}


def test_failed_test_cells_show_the_self_checks_feedback(cycle):
    cells = cycle.autograded("s2")
    for check_id, result in cycle.oracle["s2"].items():
        if result.passed:
            continue
        shown = "\n".join(cells[notebook.cell_id(check_id)].outputs[-1]["traceback"][1:])
        assert LOCATION.sub("(", shown) == LOCATION.sub("(", scoresheet.feedback(result, "en")), check_id


def test_answers_waiting_for_a_grader_are_in_the_gradebook(cycle):
    with gradebook(cycle.course) as book:
        waiting = {s: sorted(g.name for nb in book.find_submission(ASSIGNMENT, s).notebooks for g in nb.grades
                             if g.needs_manual_grade) for s in GRADED}
        assert all(book.find_submission(ASSIGNMENT, s).needs_manual_grade for s in STUDENTS)
    assert waiting == {"s1": sorted([f"summary-{n}" for n in rubric.SECTIONS] + ["summary-writing"]),
                       "s2": ["summary-1", "summary-writing"], "s3": ["summary-writing"]}


def test_a_notebook_nbgrader_cannot_read_is_reported_and_the_others_still_graded(cycle):
    report_lines = dict(line.split(": ", 1) for line in cycle.runs["autograde"][1].splitlines())
    assert report_lines["s4"].startswith("NOT GRADED: nbformat.reader.NotJSONError")
    assert report_lines["s1"].startswith("110/150")


def test_a_hanging_cell_is_stopped_reported_and_the_rest_still_graded(cycle):
    report_lines = dict(line.split(": ", 1) for line in cycle.runs["autograde"][1].splitlines())
    assert "stopped at the time limit: code-discriminator" in report_lines["s3"]
    assert report_lines["s3"].startswith(f"{sum(v[0] for (s, _), v in expected_cells().items() if s == 's3'):g}/150")
    assert cycle.autograded("s3")["discriminator-layers"].outputs[0]["name"] == "stdout"


def test_student_files_are_kept_and_cannot_shadow_the_kit(cycle):
    submitted = cycle.course.root / "autograded" / "s2" / ASSIGNMENT
    assert (submitted / "generator.py").read_text(encoding="utf-8") == (cycle.subs / "s2" / "generator.py").read_text(
        encoding="utf-8")
    assert (submitted / "gankit.py").is_file() and cycle.autograded("s2")["setup"].outputs == []


def test_stderr_from_student_code_does_not_cost_a_test_cell_its_points(cycle):
    cells = cycle.autograded("s1")
    tests = [cells[notebook.cell_id(c.id)] for c in CHECKS]
    assert not [o for cell in tests for o in cell.outputs if o.get("name") == "stderr" or o["output_type"] == "error"]
    assert "G debug" in "".join(o.get("text", "") for o in cells["generator-output"].outputs)


def test_feedback_keeps_verdicts_but_not_hidden_tests_or_the_rubric(cycle):
    for student in GRADED:
        html = (cycle.course.root / "feedback" / student / ASSIGNMENT / f"{ASSIGNMENT}.html").read_text(encoding="utf-8")
        for secret in ("HIDDEN TESTS", "MARK SCHEME", "expected=", "grade_cell(&quot;step.trajectory"):
            assert secret not in html, (student, secret)
    s2 = (cycle.course.root / "feedback" / "s2" / ASSIGNMENT / f"{ASSIGNMENT}.html").read_text(encoding="utf-8")
    assert "train_step: 3 steps match the reference exactly (0/8)" in s2


def test_validate_of_the_student_version_fails_loudly(cycle):
    code, out = cycle.runs["validate"]
    assert code == 1 and "not implemented yet: Generator.__init__" in out and "FAIL a test cell fails" in out


def test_release_has_the_kits_stubs_and_the_cycle_ran_without_the_venv_on_path(cycle):
    release = cycle.course.notebook("release").read_text(encoding="utf-8")
    assert 'raise NotImplementedError(\\"Generator.__init__: ' in release
    plain_path = os.pathsep.join(p for p in os.environ["PATH"].split(os.pathsep) if Path(p) != VENV_BIN)
    assert shutil.which("alembic", path=plain_path) is None, "alembic is on PATH anyway: this test proves less"
