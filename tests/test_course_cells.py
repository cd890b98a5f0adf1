"""What the notebook's cells call, run in this process: the checks on a notebook namespace, the quiz,
the training preview, plain-folder collection and the CLI's errors."""
import os
import re
import shutil

import pytest

pytest.importorskip("nbgrader")  # gankit[course], Python 3.11+: without it these tests skip

import nbformat  # noqa: E402 (after the skip: nbgrader brings it)
import torch

from gankit import paths
from gankit.checks import BY_ID, CHECKS, grade, scoresheet
from gankit.cli import main
from gankit.course import preview
from gankit.course.cells import CheckFailed, check_answer, grade_cell
from gankit.course.collect import collect_folder, notebook_from_files
from gankit.course.layout import CONFIG, NOTEBOOK, Course
from gankit.course.notebook import render
from gankit.course.sources import code_cells
from gankit.course.timeouts import KIT_SECONDS, CellTimeouts
from gankit.markers import MD_STUB

FAST_CHECKS = ("generator.layers", "generator.activations", "discriminator.output", "losses.generator", "step.detach")


def namespace(folder) -> dict:
    """What running the notebook's code cells leaves in its globals, for the .py files of folder."""
    ns = {"__name__": "__main__"}
    for name, text in code_cells(folder).items():
        exec(compile(text, f"<{name} cell>", "exec"), ns)
    return ns


@pytest.fixture(scope="module")
def solution_ns():
    return namespace(paths.SOLUTION_DIR)


@pytest.fixture(scope="module")
def no_tanh(tmp_path_factory):
    folder = tmp_path_factory.mktemp("no_tanh")
    for name in ("generator.py", "discriminator.py", "train_step.py"):
        text = (paths.SOLUTION_DIR / name).read_text(encoding="utf-8")
        (folder / name).write_text(text.replace("            nn.Tanh(),", ""), encoding="utf-8")
    return folder


@pytest.mark.parametrize("check_id", FAST_CHECKS)
def test_grade_cell_passes_the_solution_and_prints_its_points(check_id, solution_ns, capsys):
    grade_cell(check_id, solution_ns, lang="en")
    out = capsys.readouterr()
    assert out.out.startswith(f"{BY_ID[check_id].title('en')} ({BY_ID[check_id].points:g}/") and out.err == ""


def test_grade_cell_fails_with_the_self_checks_message(no_tanh, expected):
    """Same probe, same judge: the message is scoresheet.feedback of the pytest path, under a title line."""
    oracle = {r.id: r for r in grade(no_tanh, expected, [BY_ID["generator.activations"]])}["generator.activations"]
    with pytest.raises(CheckFailed) as failed:
        grade_cell("generator.activations", namespace(no_tanh), lang="ko")
    title, feedback = str(failed.value).split("\n", 1)
    assert title == "G: 층 사이 ReLU, 마지막 Tanh (0/5)"
    assert feedback == scoresheet.feedback(oracle, "ko") and "Tanh" in feedback


def test_a_failed_check_renders_as_its_feedback_alone():
    """IPython shows _render_traceback_'s lines instead of a traceback into the kit."""
    assert CheckFailed("title\nchecked: x\nhint: y")._render_traceback_() == ["title", "checked: x", "hint: y"]


def test_a_name_the_notebook_did_not_define_is_reported_by_name():
    with pytest.raises(CheckFailed, match="Generator \\(generator cell\\)"):
        grade_cell("generator.layers", {}, lang="en")


def test_a_check_keeps_c_level_stderr_off_the_cells_stderr(solution_ns, capfd):
    """nbgrader fails a test cell that wrote to stderr: a correct G that writes to fd 2 still passes."""
    noisy = dict(solution_ns)

    class NoisyGenerator(noisy["Generator"]):
        def forward(self, z):
            os.write(2, b"debug from C\n")
            return super().forward(z)

    noisy["Generator"] = NoisyGenerator
    grade_cell("generator.output", noisy, lang="en")
    out = capfd.readouterr()
    assert out.err == "" and "debug from C" in out.out


@pytest.mark.parametrize("answer, expected, message", [
    (None, None, 'expected: one of "a", "b", "c", "d"'),
    ("e", None, "found: 'e'"),
    ("ab", None, "found: 'ab'"),
    ("c", "b", 'found: "c" is not it'),
])
def test_quiz_answers_are_checked_for_format_then_value(answer, expected, message):
    with pytest.raises(CheckFailed, match=re.escape(message)) as failed:
        check_answer("q1", {"answer_q1": answer}, expected=expected, reading=3, lang="en")
    assert '"b"' not in str(failed.value).replace('"a", "b", "c", "d"', "")  # a wrong answer never shows the right one


def test_quiz_accepts_any_case_and_spacing(capsys):
    check_answer("q1", {"answer_q1": " B "}, expected="b", lang="ko")
    check_answer("q2", {"answer_q2": "a"}, lang="en")
    assert capsys.readouterr().out.splitlines() == ["Q1: 통과", "Q2: answered; checked when graded"]


def test_preview_is_skipped_while_nbgrader_grades(monkeypatch, capsys):
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert preview.train_preview(None, None, None) is None
    assert preview.SKIPPED in capsys.readouterr().out


def test_preview_trains_with_the_students_step_and_draws_a_png(solution_ns, monkeypatch):
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    images = torch.rand(128, 1, 28, 28) * 2 - 1  # (128, 1, 28, 28)
    ns = solution_ns
    losses = preview.train_preview(ns["Generator"], ns["Discriminator"], ns["train_step"], steps=2, images=images,
                                   show=False)
    assert len(losses) == 2 and all(isinstance(x, float) for pair in losses for x in pair)
    assert preview._figure_png(ns["Generator"](), losses).startswith(b"\x89PNG")


@pytest.fixture
def released(tmp_path):
    """A course folder with what collection needs: its config and a released notebook (the source one)."""
    course = Course(tmp_path / "course")
    course.notebook("release").parent.mkdir(parents=True)
    course.notebook("release").write_text(render(), encoding="utf-8")
    shutil.copy(paths.REPO_ROOT / CONFIG, course.root / CONFIG)
    return course


def test_py_files_go_into_the_notebooks_code_and_summary_cells(released, tmp_path):
    folder = tmp_path / "alice"
    folder.mkdir()
    (folder / "generator.py").write_text("class Generator:\n    pass\n", encoding="utf-8")
    summary = (paths.SKELETON_DIR / "paper_summary.md").read_text(encoding="utf-8")
    (folder / "paper_summary.md").write_text(summary.replace(MD_STUB, "My answer.", 1), encoding="utf-8")
    cells = {c.metadata.get("nbgrader", {}).get("grade_id"): c.source
             for c in notebook_from_files(released.notebook("release"), folder).cells}
    assert cells["code-generator"] == "class Generator:\n    pass"
    assert "BEGIN SOLUTION" in cells["code-discriminator"]  # no discriminator.py: the released cell stays
    assert cells["summary-1"] == "My answer." and "BEGIN SOLUTION" in cells["summary-2"]


def test_collect_folder_takes_notebooks_and_py_folders_and_skips_the_rest(released, tmp_path):
    subs = tmp_path / "subs"
    for student, files in {"nb": {"work.ipynb": "{}"}, "py": {"train_step.py": "x = 1\n"}, "empty": {"notes.txt": ""},
                           "two": {"a.ipynb": "{}", "b.ipynb": "{}"}}.items():
        (subs / student).mkdir(parents=True)
        for name, text in files.items():
            (subs / student / name).write_text(text, encoding="utf-8")
    found = dict(collect_folder(released, subs))
    assert found["nb"] == f"notebook work.ipynb (renamed {NOTEBOOK})"
    assert found["py"].startswith(".py files (train_step.py)") and "skipped" in found["empty"] + found["two"]
    assert released.students("submitted") == ["nb", "py"]
    assert nbformat.read(released.notebook("submitted", "py"), as_version=4).cells


@pytest.mark.parametrize("argv, message", [
    (["generate"], "no nbgrader_config.py in /nonexistent"),
    (["collect", "--from", "/nonexistent"], "submissions folder not found: /nonexistent"),
    (["export"], "no gradebook at "),
])
def test_cli_errors_are_one_line(argv, message, released, capsys):
    course = "/nonexistent" if argv == ["generate"] else str(released.root)
    assert main(["course", "--course", course, *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"gankit course: error: {message}") and "Traceback" not in err


def test_students_cells_get_the_short_limit_and_the_kits_cells_outlast_every_check():
    limits = CellTimeouts(student_seconds=10)
    assert limits({"metadata": {"nbgrader": {"locked": True, "grade": True}}}) == KIT_SECONDS
    assert limits({"metadata": {"nbgrader": {"solution": True}}}) == limits({"metadata": {}}) == 10
    assert KIT_SECONDS >= 2 * max(check.seconds for check in CHECKS)  # room for the setup cell and a loaded machine
