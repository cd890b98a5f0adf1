"""Where an nbgrader course keeps things: one folder with nbgrader_config.py and source/week01_gan/."""
from dataclasses import dataclass
from pathlib import Path

from gankit import paths
from gankit.errors import UserError

ASSIGNMENT = paths.ASSIGNMENT  # "week01_gan": nbgrader's assignment id
NOTEBOOK = f"{ASSIGNMENT}.ipynb"  # the assignment's one notebook
COURSE_ID = "gankit"  # nbgrader's course id, the exchange's folder name
CONFIG = "nbgrader_config.py"


@dataclass(frozen=True)
class Course:
    """An nbgrader course folder (nbgrader's default layout under `root`)."""

    root: Path

    @classmethod
    def at(cls, folder) -> "Course":
        """The course in `folder`; a clear error when it has no nbgrader_config.py."""
        root = Path(folder).resolve()
        if not (root / CONFIG).is_file():
            raise UserError(f"no {CONFIG} in {root}: pass --course DIR (a folder with {CONFIG} and source/)")
        return cls(root)

    def notebook(self, step: str, student: str = None) -> Path:
        """The notebook of one nbgrader step: source, release, submitted, autograded."""
        folder = self.root / step
        if student is not None:
            folder = folder / student
        return folder / ASSIGNMENT / NOTEBOOK

    def students(self, step: str) -> list:
        """Student ids with a folder for this assignment under `step` (submitted, autograded, feedback)."""
        base = self.root / step
        return sorted(p.name for p in base.iterdir() if (p / ASSIGNMENT).is_dir()) if base.is_dir() else []

    @property
    def gradebook(self) -> Path:
        return self.root / "gradebook.db"

    @property
    def db_url(self) -> str:
        return f"sqlite:///{self.gradebook}"


REPO_COURSE = Course(paths.REPO_ROOT)  # the course this repository is
