"""Collect submissions from a plain folder, one sub-folder per student id, into nbgrader's submitted/.

A student folder holds the notebook (any one .ipynb is renamed to week01_gan.ipynb) or the .py
files of assignments/; .py files are put into the released notebook's code cells (and
paper_summary.md into its summary cells), so that both kinds are graded by the same test cells.
Every file of the folder is kept: autograde never lets them shadow the kit (see the setup cell).
"""
import re
import shutil
from pathlib import Path

import nbformat

from gankit.course.layout import ASSIGNMENT, NOTEBOOK
from gankit.course.sources import CODE_CELLS, SUMMARY, code_cells, summary_sections
from gankit.errors import UserError
from gankit.markers import MD_STUB

STUDENT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@-]*$")  # nbgrader forbids '+' and '*'; no path tricks
SKIP = shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints", "*.pyc")


def notebook_from_files(release_notebook: Path, folder: Path):
    """The released notebook with the student's .py files (and summary) in its answer cells."""
    nb = nbformat.read(release_notebook, as_version=4)
    code = code_cells(folder)
    cells = {cell.metadata.get("nbgrader", {}).get("grade_id"): cell for cell in nb.cells}
    for name, (file, _) in CODE_CELLS.items():
        if (folder / file).is_file():
            cells[f"code-{name}"].source = code[name]
    summary = folder / SUMMARY
    if summary.is_file():
        prompts = {gid.split("-")[1]: cell.source for gid, cell in cells.items()
                   if gid and gid.startswith("summary-") and gid.endswith("-prompt")}
        _, sections = summary_sections(summary.read_text(encoding="utf-8"), prompts)
        for section in sections:
            if f"summary-{section.number}" in cells and section.answer not in ("", MD_STUB):
                cells[f"summary-{section.number}"].source = section.answer
    return nb


def collect_folder(course, source: Path) -> list:
    """Copy each student's folder into submitted/ID/week01_gan/; returns [(student id, what was found)]."""
    source = Path(source)
    if not source.is_dir():
        raise UserError(f"submissions folder not found: {source}")
    release_notebook = course.notebook("release")
    if not release_notebook.is_file():
        raise UserError(f"no released notebook at {release_notebook}: run `gankit course generate` first")
    collected = []
    for folder in sorted(p for p in source.iterdir() if p.is_dir()):
        if not STUDENT_ID.match(folder.name):
            raise UserError(f"{folder}: not a student id (letters, digits, _ . @ - only)")
        collected.append((folder.name, _collect_one(course, folder, release_notebook)))
    return collected


def _collect_one(course, folder: Path, release_notebook: Path) -> str:
    dest = course.root / "submitted" / folder.name / ASSIGNMENT
    notebooks = sorted(folder.glob("*.ipynb"))
    modules = [file for file, _ in CODE_CELLS.values() if (folder / file).is_file()]
    if not notebooks and not modules:
        return "nothing to grade (no notebook, no .py files): skipped"
    if len(notebooks) > 1 and not (folder / NOTEBOOK).is_file():
        return f"{len(notebooks)} notebooks and none named {NOTEBOOK}: skipped"
    replaced = dest.exists()
    if replaced:
        shutil.rmtree(dest)
    shutil.copytree(folder, dest, ignore=SKIP)
    if (dest / NOTEBOOK).is_file():
        found = "notebook"
    elif notebooks:
        (dest / notebooks[0].name).rename(dest / NOTEBOOK)
        found = f"notebook {notebooks[0].name} (renamed {NOTEBOOK})"
    else:
        nbformat.write(notebook_from_files(release_notebook, folder), dest / NOTEBOOK)
        found = f".py files ({', '.join(sorted(set(modules)))}) put into {NOTEBOOK}"
    return found + ("; replaces the submission collected before" if replaced else "")
