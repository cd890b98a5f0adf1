"""Where the kit's folders are: the repository (or the student package) and the week-1 assignment inside it."""
import os
from pathlib import Path

KIT_DIR = Path(__file__).resolve().parent  # the gankit package itself
ASSIGNMENT = "week01_gan"
PACKAGE_MARKER = "student_package.json"  # in the package folder: written by `gankit handout`, never in the repository
STUDENT_PACKAGE = (KIT_DIR / PACKAGE_MARKER).is_file()


def _root() -> Path:
    """The folder holding autograder/: the one around this package (the repository, or a student package
    installed with `pip install -e .`), else the nearest one around the working folder (`pip install .`)."""
    if (KIT_DIR.parent / "autograder").is_dir():
        return KIT_DIR.parent
    here = Path(os.getcwd()).resolve()
    return next((folder for folder in (here, *here.parents) if (folder / "autograder" / "reference.json").is_file()),
                KIT_DIR.parent)


REPO_ROOT = _root()
SOLUTION_DIR = REPO_ROOT / "solutions" / ASSIGNMENT
SKELETON_DIR = REPO_ROOT / "assignments" / ASSIGNMENT
AUTOGRADER_DIR = REPO_ROOT / "autograder"
REFERENCE_FILE = AUTOGRADER_DIR / "reference.json"
SHARED_MNIST = REPO_ROOT.parent / "shared" / "data" / "mnist"
# What `gankit train/evaluate/report` work on without arguments: in a student package the student's
# own code and run folder; in the repository the instructor solution (and a run folder named each time).
DEFAULT_CODE = SKELETON_DIR if STUDENT_PACKAGE else SOLUTION_DIR
DEFAULT_RUN = "runs/mine" if STUDENT_PACKAGE else None
