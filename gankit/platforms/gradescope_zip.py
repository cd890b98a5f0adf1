"""The autograder zip Gradescope expects: setup.sh and run_autograder at its root, and what they need.

    setup.sh          installs bubblewrap, and CPU torch and numpy at the versions of constraints.txt
    run_autograder    grades /autograder/submission into /autograder/results/results.json
    constraints.txt   the repository's pins
    gankit/           the kit files the grader imports (gankit.kit_files.GRADESCOPE): checks,
                      batch grader (worker, sandbox), this package; never the course or the quiz key
    autograder/       the self-check and its frozen reference data, reference.json

Never solutions/: the grader judges against the frozen reference. The same kit and language give
the same bytes (sorted members, fixed dates), so a rebuilt zip shows whether anything changed.
"""
from pathlib import Path

from gankit import paths
from gankit.errors import UserError
from gankit.kit_files import COURSE_FILES, GRADESCOPE
from gankit.zips import FILE_MODE, SCRIPT_MODE, zip_bytes

TEMPLATES = Path(__file__).resolve().parent / "templates"
SCRIPTS = ("setup.sh", "run_autograder")  # Gradescope runs these; they need the executable bit
CONSTRAINTS = paths.REPO_ROOT / "constraints.txt"


def members(lang: str) -> dict:
    """{name in the zip: (bytes, mode)}, sorted by name."""
    if not CONSTRAINTS.is_file():
        raise UserError(f"no {CONSTRAINTS.name} at {CONSTRAINTS.parent}: build the zip from the kit's repository")
    found = {name: (script(name, lang).encode("utf-8"), SCRIPT_MODE) for name in SCRIPTS}
    autograder = [name for name in COURSE_FILES if name.startswith("autograder/")]
    for name in (CONSTRAINTS.name, *GRADESCOPE, *autograder):
        found[name] = ((paths.REPO_ROOT / name).read_bytes(), FILE_MODE)
    return dict(sorted(found.items()))


def script(name: str, lang: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8").replace("@LANG@", lang)


def build(out: Path, lang: str) -> dict:
    """Write the zip to `out`; {name: size} of what it holds."""
    from gankit.checks import reference
    from gankit.atomic import write_atomic

    reference.load()  # missing or stale reference data: a clear error now, not on Gradescope
    files = members(lang)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(out, zip_bytes(files))
    return {name: len(data) for name, (data, _) in files.items()}
