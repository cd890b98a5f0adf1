"""`nbgrader validate` that fails when the notebook fails: nbgrader prints the failures but exits 0.

Runs nbgrader's Validator (same kernel, same config as autograde) and turns its result into a
list of problems; `gankit course validate` exits 1 when there is one.
"""
from pathlib import Path

from gankit.course.nbgrader_app import kit_env, load_config
from gankit.errors import UserError

KINDS = {  # Validator result key -> what it means
    "type_changed": "a cell's type was changed",
    "changed": "a locked or test cell was edited",
    "failed": "a test cell fails (or an answer cell is still empty)",
}


def validate(course, notebook: Path, cell_timeout: int = None, lang: str = None) -> list:
    """[(kind, first line of the cell, error text)] for every problem nbgrader's Validator finds."""
    from nbgrader.validator import Validator

    notebook = Path(notebook).resolve()
    if not notebook.is_file():
        raise UserError(f"notebook not found: {notebook}")
    with kit_env(lang):
        results = Validator(config=load_config(course, cell_timeout)).validate(str(notebook))
    return [(KINDS[kind], cell["source"].splitlines()[0] if cell["source"] else "", cell.get("raw_error", ""))
            for kind in KINDS for cell in results.get(kind, [])]


def format_problems(problems: list) -> str:
    lines = []
    for kind, first_line, error in problems:
        lines.append(f"FAIL {kind}: {first_line}")
        lines += [f"    {line}" for line in error.strip().splitlines()]
    return "\n".join(lines)
