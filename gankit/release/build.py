"""Generate the student files from solutions/: skeletons in assignments/ and the frozen reference."""
from pathlib import Path

from gankit import paths
from gankit.markers import strip_solutions

RELEASED = ("*.py", "*.md")  # file kinds that go to students; anything else stays instructor-only


def skeleton_files(solution_dir: Path = paths.SOLUTION_DIR) -> dict:
    """file name -> student text, for every released file of the solution folder."""
    files = sorted(p for pattern in RELEASED for p in solution_dir.glob(pattern))
    return {p.name: strip_solutions(p.read_text(encoding="utf-8"), str(p)) for p in files}


def write_skeleton(out_dir: Path = paths.SKELETON_DIR, solution_dir: Path = paths.SOLUTION_DIR) -> list:
    """Write the skeleton folder; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in skeleton_files(solution_dir).items():
        (out_dir / name).write_text(text, encoding="utf-8")
        written.append(out_dir / name)
    return written
