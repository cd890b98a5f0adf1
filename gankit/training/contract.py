"""The student contract (SPEC §2) loaded from a submission folder: Generator, Discriminator, train_step."""
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from gankit.checks.runner import stub_name
from gankit.errors import UserError
from gankit.paths import DEFAULT_CODE
from gankit.submission import Submission, SubmissionError


@dataclass
class Contract:
    """The three things training needs from a submission, plus where they came from."""

    Generator: type
    Discriminator: type
    train_step: Callable
    folder: Path


def load_contract(folder=None) -> Contract:
    """Load generator.py, discriminator.py and train_step.py from folder (default: paths.DEFAULT_CODE)."""
    submission = Submission(folder or DEFAULT_CODE)
    try:
        return Contract(
            submission.attr("generator", "Generator"),
            submission.attr("discriminator", "Discriminator"),
            submission.attr("train_step", "train_step"),
            submission.folder,
        )
    except SubmissionError as err:
        raise UserError(f"cannot load the submission in {submission.folder}: {err}") from None
    except Exception as err:  # student code failing at import: any exception type
        raise UserError(f"importing the submission in {submission.folder} failed: {describe(err)}") from None


def describe(err: BaseException) -> str:
    """One line for an exception raised by student code ("not implemented yet: NAME" for stubs)."""
    if isinstance(err, NotImplementedError):
        return f"not implemented yet: {stub_name(err)}"
    first_line = (str(err).splitlines() or [""])[0]
    return f"{type(err).__name__}: {first_line}"


def call_student(what: str, fn, *args, **kwargs):
    """fn(*args, **kwargs), turning any exception from student code into one UserError line."""
    try:
        return fn(*args, **kwargs)
    except (KeyboardInterrupt, UserError):
        raise
    except Exception as err:
        raise UserError(f"{what} failed: {describe(err)} (run `pytest autograder/` for details)") from None
