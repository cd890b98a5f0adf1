"""Where the kit's folders are: the repository root and the week-1 assignment inside it."""
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
ASSIGNMENT = "week01_gan"
SOLUTION_DIR = REPO_ROOT / "solutions" / ASSIGNMENT
SKELETON_DIR = REPO_ROOT / "assignments" / ASSIGNMENT
AUTOGRADER_DIR = REPO_ROOT / "autograder"
REFERENCE_FILE = AUTOGRADER_DIR / "reference.json"
SHARED_MNIST = REPO_ROOT.parent / "shared" / "data" / "mnist"
