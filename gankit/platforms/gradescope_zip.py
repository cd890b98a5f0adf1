"""The autograder zip Gradescope expects: setup.sh and run_autograder at its root, and what they need.

    setup.sh          installs bubblewrap, and CPU torch and numpy at the versions of constraints.txt
    run_autograder    grades /autograder/submission into /autograder/results/results.json
    constraints.txt   the repository's pins
    gankit/           the kit: checks, batch grader (worker, sandbox), this package
    autograder/       the self-check and its frozen reference data, reference.json

Never solutions/: the grader judges against the frozen reference. The same kit and language give
the same bytes (sorted members, fixed dates), so a rebuilt zip shows whether anything changed.
"""
import io
import os
import zipfile
from pathlib import Path

import gankit
from gankit import paths
from gankit.errors import UserError

TEMPLATES = Path(__file__).resolve().parent / "templates"
SCRIPTS = ("setup.sh", "run_autograder")  # Gradescope runs these; they need the executable bit
FOLDERS = {"gankit": Path(gankit.__file__).resolve().parent, "autograder": paths.AUTOGRADER_DIR}
CONSTRAINTS = paths.REPO_ROOT / "constraints.txt"
SKIPPED = {"__pycache__", ".pytest_cache", ".ipynb_checkpoints"}  # caches, never sources
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def members(lang: str) -> dict:
    """{name in the zip: (bytes, mode)}, sorted by name."""
    if not CONSTRAINTS.is_file():
        raise UserError(f"no {CONSTRAINTS.name} at {CONSTRAINTS.parent}: build the zip from the kit's repository")
    found = {name: (script(name, lang).encode("utf-8"), 0o755) for name in SCRIPTS}
    found[CONSTRAINTS.name] = (CONSTRAINTS.read_bytes(), 0o644)
    for prefix, folder in FOLDERS.items():
        for root, dirs, names in os.walk(folder):  # never follows links to folders
            dirs[:] = [name for name in dirs if name not in SKIPPED]
            for name in names:
                path = Path(root, name)
                if path.is_file() and not path.is_symlink() and path.suffix != ".pyc":
                    found[f"{prefix}/{path.relative_to(folder).as_posix()}"] = (path.read_bytes(), 0o644)
    return dict(sorted(found.items()))


def script(name: str, lang: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8").replace("@LANG@", lang)


def build(out: Path, lang: str) -> dict:
    """Write the zip to `out`; {name: size} of what it holds."""
    from gankit.checks import reference
    from gankit.atomic import write_atomic

    reference.load()  # missing or stale reference data: a clear error now, not on Gradescope
    files = members(lang)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, (data, mode) in files.items():
            member = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            member.external_attr = (0o100000 | mode) << 16  # a regular file with these permissions
            member.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(member, data)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(out, buffer.getvalue())
    return {name: len(data) for name, (data, _) in files.items()}
