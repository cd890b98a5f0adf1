"""The nbgrader source notebook is built from solutions/ without drift, and its student version
(nbgrader's own preprocessors, with the kit's stubs) equals assignments/. No kernel runs here."""
import re

import pytest

pytest.importorskip("nbgrader")  # gankit[course], Python 3.11+: without it these tests skip

import nbformat  # noqa: E402 (after the skip: nbgrader brings it)
from nbgrader.nbgraderformat import MetadataValidator
from nbgrader.preprocessors import ClearHiddenTests, ClearMarkScheme
from traitlets.config import Config

from gankit import paths
from gankit.checks import CHECKS, TOTAL_POINTS
from gankit.course import notebook, rubric, texts, theory
from gankit.course.layout import REPO_COURSE
from gankit.course.sources import CODE_CELLS, SUMMARY, split_at_train_step, summary_sections
from gankit.course.stubs import NamedStubs
from gankit.release.build import skeleton_files
from gankit.markers import MD_STUB

HANGUL = re.compile("[가-힣]")


def meta(cell) -> dict:
    return cell.metadata.get("nbgrader", {})


def by_id(nb) -> dict:
    return {meta(cell).get("grade_id"): cell for cell in nb.cells if meta(cell)}


def code_lines(text: str) -> list:
    """Non-blank lines: a file split into cells loses only the blank lines between them."""
    return [line for line in text.splitlines() if line.strip()]


def cells_of_file(cells: dict, file: str) -> str:
    return "\n".join(cells[f"code-{name}"].source for name, (f, _) in CODE_CELLS.items() if f == file)


@pytest.fixture(scope="module")
def source():
    return notebook.build()


@pytest.fixture(scope="module")
def student(source):
    """The release version, through the preprocessors that `nbgrader generate_assignment` runs for it."""
    config = Config()
    config.ClearSolutions.text_stub = MD_STUB
    nb, resources = nbformat.from_dict(source), {}
    for step in (NamedStubs, ClearHiddenTests, ClearMarkScheme):
        nb, resources = step(config=config).preprocess(nb, resources)
    return nb


def test_committed_source_notebook_equals_a_fresh_build():
    committed = REPO_COURSE.notebook("source").read_text(encoding="utf-8")
    assert committed == notebook.render(), "source/week01_gan/week01_gan.ipynb is stale: run `gankit course build`"


def test_code_cells_are_the_solution_files_themselves(source):
    cells = by_id(source)
    for file in {f for f, _ in CODE_CELLS.values()}:
        solution = (paths.SOLUTION_DIR / file).read_text(encoding="utf-8")
        assert code_lines(cells_of_file(cells, file)) == code_lines(solution), file


def test_student_code_cells_equal_the_released_skeletons(student):
    cells, skeletons = by_id(student), skeleton_files()
    for file in {f for f, _ in CODE_CELLS.values()}:
        assert code_lines(cells_of_file(cells, file)) == code_lines(skeletons[file]), file
    assert 'raise NotImplementedError("Generator.__init__: ' in cells["code-generator"].source


def test_student_version_has_no_answers_hidden_tests_or_rubric(student):
    text = nbformat.writes(student)
    for secret in ("BEGIN SOLUTION", "HIDDEN TESTS", "MARK SCHEME", "expected=", "grade_cell(\\\"step.trajectory"):
        assert secret not in text, secret
    cells = by_id(student)
    for q in theory.QUESTIONS:
        assert cells[f"answer-{q.id}"].source == f"answer_{q.id} = None  # {texts.heading('answer')}"
    assert all(cells[f"summary-{n}"].source == MD_STUB for n in rubric.SECTIONS)


def test_every_check_has_one_test_cell_worth_its_points(source):
    cells = by_id(source)
    for check in CHECKS:
        cell = cells[notebook.cell_id(check.id)]
        assert meta(cell)["grade"] and meta(cell)["locked"] and meta(cell)["points"] == check.points, check.id
        assert f'grade_cell("{check.id}", globals())' in cell.source
    tests = [c for c in source.cells if meta(c).get("grade") and "grade_cell(" in c.source]
    assert len(tests) == len(CHECKS) and sum(meta(c)["points"] for c in tests) == TOTAL_POINTS == 100


def test_hidden_checks_run_only_inside_hidden_test_markers(source):
    for check_id in notebook.HIDDEN:
        visible, hidden = by_id(source)[notebook.cell_id(check_id)].source.split(notebook.HIDDEN_BEGIN)
        assert "grade_cell" not in visible and f'grade_cell("{check_id}"' in hidden


def test_points_add_up_to_quiz_10_code_100_summary_40(source):
    points = [meta(c)["points"] for c in source.cells if meta(c).get("grade") or meta(c).get("task")]
    assert sum(points) == notebook.TOTAL == 150
    assert (notebook.QUIZ_POINTS, rubric.TOTAL) == (10, 40)


def test_nbgrader_accepts_the_cell_metadata(source):
    MetadataValidator().validate_nb(source)


def test_summary_cells_follow_the_template_sections_with_a_rubric_for_each(source):
    _, sections = summary_sections((paths.SOLUTION_DIR / SUMMARY).read_text(encoding="utf-8"))
    assert [s.number for s in sections] == list(rubric.SECTIONS)
    for section in sections:
        assert rubric.SECTIONS[section.number].title in section.prompt.splitlines()[0]
        answer = by_id(source)[f"summary-{section.number}"]
        assert meta(answer)["grade"] and meta(answer)["solution"] and answer.cell_type == "markdown"
    task = by_id(source)["summary-writing"]
    assert meta(task)["task"] and "MARK SCHEME" in task.source
    assert all(f"{criteria.points}" in task.source for criteria in rubric.SECTIONS.values())


def test_student_facing_text_is_in_korean_and_english(source):
    for cell in source.cells:
        if cell.cell_type == "markdown" and meta(cell).get("locked"):
            assert HANGUL.search(cell.source) and re.search("[A-Za-z]{4}", cell.source), meta(cell)["grade_id"]
    for criteria in [*rubric.SECTIONS.values(), rubric.WRITING]:
        assert all(HANGUL.search(text[0]) and not HANGUL.search(text[1]) for text in (criteria.full, criteria.partial))


def test_every_question_has_four_options_and_an_answer_among_them():
    for q in theory.QUESTIONS:
        assert len(q.options) == 4 and q.answer in "abcd" and 1 <= q.reading <= len(theory.READINGS)
    assert len({q.answer for q in theory.QUESTIONS}) > 1  # not all "a"


def test_train_step_file_splits_into_losses_and_step():
    losses, step = split_at_train_step("import torch\n\ndef loss():\n    pass\n\n\ndef train_step(G):\n    pass\n")
    assert losses.endswith("pass") and step.startswith("def train_step")
    assert split_at_train_step("x = 1\n") == ("x = 1", "")
