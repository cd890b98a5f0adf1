"""Build source/week01_gan/week01_gan.ipynb from solutions/: the nbgrader source notebook.

    python -m gankit.course.notebook      # or: gankit course build

The graded code cells hold the solution files verbatim, `### BEGIN SOLUTION` markers included;
`nbgrader generate_assignment` turns them into the same stubs as assignments/ (gankit.course.stubs).
Each autograder check becomes one test cell worth the check's points, so nbgrader's code total is
the self-check's 100. tests/test_notebook.py rebuilds the notebook and fails on drift.
"""
import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from gankit import paths
from gankit.checks.catalog import CHECKS, TOTAL_POINTS
from gankit.course import preview, rubric, texts, theory
from gankit.course.layout import REPO_COURSE
from gankit.course.sources import CODE_CELLS, SUMMARY, code_cells, summary_sections
from gankit.i18n import LANGS
from gankit.markers import BEGIN, END

# Checks that run only when grading: the exact trajectory match (its data would show the answer)
# and the slowest one, the ring convergence run (~5 s); both are still in `pytest autograder/`.
HIDDEN = ("step.trajectory", "convergence.ring")
# code cell -> the checks whose test cells follow it (every check id starts with one of these)
CHECKS_AFTER = {
    "generator": ("generator.",),
    "discriminator": ("discriminator.",),
    "losses": ("losses.",),
    "train_step": ("step.", "convergence."),
}
HIDDEN_BEGIN, HIDDEN_END = "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"
MARK_BEGIN, MARK_END = "=== BEGIN MARK SCHEME ===", "=== END MARK SCHEME ==="  # nbgrader's task-cell markers
QUIZ_POINTS = len(theory.QUESTIONS) * theory.POINTS_PER_QUESTION
TOTAL = QUIZ_POINTS + TOTAL_POINTS + rubric.TOTAL  # 10 + 100 + 40 = 150

SETUP = f'''# {texts.heading("setup")}
import os
import sys
import warnings

# nbgrader gives a test cell 0 points if anything reaches stderr: keep warnings off it.
warnings.simplefilter("ignore")
# Load the kit from where it is installed, never from a same-named file in this folder.
_saved_path = sys.path[:]
sys.path[:] = [p for p in sys.path if p not in ("", ".", os.getcwd())]
try:
    import gankit.course.cells  # noqa: F401  (also loads torch and the autograder's checks)
finally:
    sys.path[:] = _saved_path'''

PREVIEW = f'''# {texts.heading("not_graded")}
from gankit.course.preview import train_preview
train_preview(Generator, Discriminator, train_step)'''

KERNEL = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def _nbgrader(grade_id, grade=False, solution=False, locked=False, points=None, task=False) -> dict:
    meta = {"grade": grade, "grade_id": grade_id, "locked": locked, "schema_version": 3, "solution": solution,
            "task": task}
    if points is not None:
        meta["points"] = points
    return {"nbgrader": meta}


def _cell(kind, grade_id, source, **flags):
    """A markdown or code cell with nbgrader metadata and a stable id (so rebuilding gives the same file)."""
    make = new_markdown_cell if kind == "markdown" else new_code_cell
    return make(source, id=grade_id, metadata=_nbgrader(grade_id, **flags))


def _locked_md(grade_id, source):
    return _cell("markdown", grade_id, source, locked=True)


def _test(grade_id, points, visible, hidden=""):
    """An autograder test cell: locked, worth `points`, its hidden lines removed from the student version."""
    source = visible if not hidden else f"{visible}\n{HIDDEN_BEGIN}\n{hidden}\n{HIDDEN_END}"
    return _cell("code", grade_id, source, grade=True, locked=True, points=points)


def _quiz_cells():
    cells = [_locked_md("part1", f"## {texts.heading('part1')}\n\n{texts.paragraphs('part1')}")]
    for n, reading in enumerate(theory.READINGS, 1):
        title = "### " + texts.heading("reading", n=n, title=dict(zip(LANGS, reading.title)))
        cells.append(_locked_md(f"reading-{n}", f"{title}\n\n{reading.body[0]}\n\n{reading.body[1]}"))
        for q in (q for q in theory.QUESTIONS if q.reading == n):
            number = q.id[1:]
            options = "\n".join(f"- ({letter}) {ko} / {en}" for letter, (ko, en) in zip("abcd", q.options))
            cells.append(_locked_md(f"question-{q.id}", f"**Q{number}.** {q.text[0]}<br>{q.text[1]}"
                                    + "\n\n" + options))
            answer = f'answer_{q.id} = None  # {texts.heading("answer")}\n{BEGIN}\nanswer_{q.id} = "{q.answer}"\n{END}'
            cells.append(_cell("code", f"answer-{q.id}", answer, solution=True))
            check = f'from gankit.course.cells import check_answer\ncheck_answer("{q.id}", globals())'
            comment = _check_comment("check", theory.POINTS_PER_QUESTION, texts.heading("quiz_answer", n=number))
            cells.append(_test(f"quiz-{q.id}", theory.POINTS_PER_QUESTION, f"{comment}\n{check}",
                               f'check_answer("{q.id}", globals(), expected="{q.answer}", reading={n})'))
    return cells


def _check_comment(label: str, points, title: str) -> str:
    """A test cell's first line: "# 검사 / check (4점 / points): 한국어 제목 / English title"."""
    return f"# {texts.heading(label)} ({points:g}{texts.heading('points')}): {title}"


def cell_id(check_id: str) -> str:
    """The test cell's nbgrader grade_id for a check ("step.zero_grad" -> "step-zero_grad": no dots allowed)."""
    return check_id.replace(".", "-")


def _check_cell(check):
    call = f'from gankit.course.cells import grade_cell\ngrade_cell("{check.id}", globals())'
    title = " / ".join(check.title(lang) for lang in LANGS)
    if check.id in HIDDEN:
        return _test(cell_id(check.id), check.points, _check_comment("hidden_check", check.points, title), call)
    return _test(cell_id(check.id), check.points, f"{_check_comment('check', check.points, title)}\n{call}")


def _lab_cells(solution_dir):
    cells = [_locked_md("part2", f"## {texts.heading('part2')}\n\n{texts.paragraphs('part2')}")]
    code = code_cells(solution_dir)
    for name in CODE_CELLS:
        cells.append(_locked_md(f"intro-{name}", f"### {texts.heading(name)}\n\n{texts.paragraphs(name)}"))
        cells.append(_cell("code", f"code-{name}", code[name], solution=True))
        cells += [_check_cell(c) for c in CHECKS if c.id.startswith(CHECKS_AFTER[name])]
    intro = f"### {texts.heading('preview')}\n\n{texts.paragraphs('preview', seconds=preview.SECONDS)}"
    cells.append(_locked_md("intro-preview", intro))
    cells.append(_cell("code", "preview", PREVIEW, locked=True))
    return cells


def _summary_cells(solution_dir):
    header, sections = summary_sections((solution_dir / SUMMARY).read_text(encoding="utf-8"))
    # nbgrader knows who submitted: the template's name/ID line has no place in a locked cell
    header = "\n".join(line for line in header.splitlines() if "______" not in line)
    points = f"{rubric.WRITING.points}{texts.heading('points')}"
    task = (f"### {texts.heading('writing')} ({points})\n\n{texts.paragraphs('writing')}\n\n"
            f"{MARK_BEGIN}\n**{texts.heading('rubric')}**\n\n{rubric.grader_markdown()}\n{MARK_END}")
    part3 = f"## {texts.heading('part3')}\n\n{texts.paragraphs('part3', summary=rubric.TOTAL)}"
    cells = [_locked_md("part3", part3 + "\n\n" + header),
             _cell("markdown", "summary-writing", task, locked=True, points=rubric.WRITING.points, task=True)]
    for s in sections:
        cells.append(_locked_md(f"summary-{s.number}-prompt", s.prompt))
        cells.append(_cell("markdown", f"summary-{s.number}", s.answer, grade=True, solution=True,
                           points=rubric.SECTIONS[s.number].points))
    return cells


def build(solution_dir=paths.SOLUTION_DIR):
    """The source notebook, from the solution folder."""
    intro = f"# {texts.heading('intro')}\n\n" + texts.paragraphs("intro", quiz=QUIZ_POINTS, code=TOTAL_POINTS,
                                                                   summary=rubric.TOTAL, total=TOTAL)
    cells = [_locked_md("intro", intro), _cell("code", "setup", SETUP, locked=True)]
    cells += _quiz_cells() + _lab_cells(solution_dir) + _summary_cells(solution_dir)
    cells.append(_locked_md("outro", f"## {texts.heading('outro')}\n\n{texts.paragraphs('outro')}"))
    return new_notebook(cells=cells, metadata={"kernelspec": KERNEL, "language_info": {"name": "python"}})


def render(solution_dir=paths.SOLUTION_DIR) -> str:
    """The source notebook's file text."""
    return nbformat.writes(build(solution_dir)) + "\n"


def write(path=REPO_COURSE.notebook("source"), solution_dir=paths.SOLUTION_DIR):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(solution_dir), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(f"wrote {write()}")
