"""One submission graded exactly as `gankit grade` grades it, for platforms that hand the grader
one student at a time (Gradescope, GitHub Classroom).

The submission is staged by the batch grader's intake, its checks run in a sandboxed worker (or,
where bubblewrap cannot start, a plain process as an unprivileged uid), and the records are judged
here, in this trusted process, against the frozen reference (autograder/reference.json).
"""
from pathlib import Path

from gankit.errors import UserError


def grade(source: Path, student: str, lang: str) -> dict:
    """The batch grader's plain-data result for `source` (a folder or a zip), every check."""
    from gankit.checks import reference
    from gankit.grading.session import WorkerError
    from gankit.grading.settings import Settings
    from gankit.grading.grade_one import grade_one

    try:
        return grade_one(student, source, Settings(lang=lang), reference.load())
    except WorkerError as err:  # this machine cannot start a worker: never the student's fault
        raise UserError(str(err)) from None


def results(record: dict) -> list:
    """The record's checks as Result objects (for gankit.checks.scoresheet)."""
    from gankit.grading.grade_one import result_from_dict

    return [result_from_dict(item) for item in record["results"]]


def notes(record: dict, lang: str) -> list:
    """What the student is told about the upload itself (missing files, ignored files, ...)."""
    from gankit.grading import messages

    return [messages.note(key, params, lang) for key, params in record["notes"]]
