"""Fixtures shared by the kit's own tests: the frozen reference and variants of the solution."""
import importlib.util
import shutil
from pathlib import Path

import pytest

from gankit import paths
from gankit.checks import reference
from gankit.data import bundled
from gankit.data.mnist import read_folder

# MNIST for the kit's own tests: the full files in ../shared when they are there, else the subset the
# kit bundles (its images are the first rows of the full files), so that no test needs ../shared.
HAVE_FULL_MNIST = paths.SHARED_MNIST.is_dir()
MNIST_DATA = str(paths.SHARED_MNIST) if HAVE_FULL_MNIST else None  # TrainConfig.data: None searches, then the subset
MNIST_ARGS = ["--data", MNIST_DATA] if HAVE_FULL_MNIST else []  # the same for `gankit train`


def mnist_arrays():
    """The MNIST the tests train and evaluate on (see MNIST_DATA), as gankit.data.dataset.Mnist."""
    return read_folder(paths.SHARED_MNIST) if HAVE_FULL_MNIST else bundled.load()

CORPUS = Path(__file__).resolve().parent / "corpus"


def load_case(case_dir: Path):
    """A corpus case: case.py with FILES (whole files), EDITS (file, old, new) and/or REMOVE (file names) on
    the solution."""
    spec = importlib.util.spec_from_file_location(f"corpus_case_{case_dir.name}", case_dir / "case.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_variant(case, dest: Path) -> Path:
    """Copy the solution's .py files to dest, then apply the case's FILES, EDITS and REMOVE."""
    dest.mkdir(parents=True, exist_ok=True)
    for source in paths.SOLUTION_DIR.glob("*.py"):
        shutil.copy(source, dest / source.name)
    for name, text in getattr(case, "FILES", {}).items():
        (dest / name).write_text(text.lstrip("\n"), encoding="utf-8")
    for name, old, new in getattr(case, "EDITS", []):
        text = (dest / name).read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{case.__name__}: edit target not found exactly once in {name}: {old!r}"
        (dest / name).write_text(text.replace(old, new), encoding="utf-8")
    for name in getattr(case, "REMOVE", []):
        (dest / name).unlink()
    return dest


@pytest.fixture(scope="session")
def expected():
    """The frozen reference data the autograder judges against."""
    return reference.load()


@pytest.fixture
def variant(tmp_path):
    """variant(case_dir) -> a submission folder: the solution with the case's changes."""
    return lambda case_dir: build_variant(load_case(case_dir), tmp_path / case_dir.name)
