"""What the notebook's test cells call: the autograder's checks, run on the code the notebook defined.

    grade_cell("generator.layers", globals())   # one check: same probe, judge, points and message
    check_answer("q1", globals())               # a quiz answer's format; with expected=, its value

A failed check raises CheckFailed, which IPython (and so nbgrader's feedback) shows as the feedback
text alone, never a traceback into the kit. Nothing here writes to stderr: nbgrader scores a test
cell that printed on stderr as failed, even when the answer is right.
"""
import contextlib
import functools
import os
import sys
import tempfile
from pathlib import Path

from gankit.checks import BY_ID, judge, probe, reference, scoresheet
from gankit.checks.feedback import Failure
from gankit.i18n import current_lang, say
from gankit.submission import SubmissionError

LETTERS = "abcd"  # every quiz question has four options

QUIZ = {  # a quiz answer's verdict: (checked, expected, found, hint), like a check's
    "quiz.format": {
        "ko": ("answer_{id}", '"a", "b", "c", "d" 중 하나', "{found}",
               '답 셀에서 answer_{id} = "a" 처럼 글자 하나를 넣고 그 셀을 실행하세요'),
        "en": ("answer_{id}", 'one of "a", "b", "c", "d"', "{found}",
               'assign a letter in the answer cell, e.g. answer_{id} = "a", and run that cell'),
    },
    "quiz.wrong": {
        "ko": ("answer_{id}", "정답 보기", '"{found}"는 정답이 아님', "1부의 읽기 {reading}을 다시 읽어 보세요"),
        "en": ("answer_{id}", "the right option", '"{found}" is not it', "re-read reading {reading} of Part 1"),
    },
}
ANSWERS = {  # a quiz answer that passed
    "quiz.passed": {"ko": "통과", "en": "passed"},
    "quiz.answered": {"ko": "답함; 정답 여부는 채점 때 확인", "en": "answered; checked when graded"},
}


class QuizFailure(Failure):
    """A quiz answer's verdict, rendered like a check's feedback."""

    TABLE = QUIZ


class CheckFailed(AssertionError):
    """A failed check. IPython renders an exception through _render_traceback_ when it has one:
    the cell then shows the feedback lines only."""

    def _render_traceback_(self):
        return str(self).splitlines()


class NotebookSubmission:
    """gankit.submission.Submission's interface over a notebook's namespace instead of a folder."""

    def __init__(self, namespace: dict):
        self.namespace = namespace
        # ipykernel compiles every cell to a file in this folder: frames there are the student's
        self.folder = Path(tempfile.gettempdir()) / f"ipykernel_{os.getpid()}"

    def attr(self, module: str, name: str):
        """The class or function `name` the notebook defined (in the cell for `module`.py)."""
        if name not in self.namespace:
            raise SubmissionError("missing_name", f"{name} ({module} cell)")
        return self.namespace[name]

    def label(self, path: Path):
        """Frames of the notebook's cells (compiled by ipykernel into self.folder) are the student's."""
        return "notebook cell" if self.folder in path.parents else None


@functools.lru_cache(maxsize=None)
def _expected() -> dict:
    return reference.load()


def grade_cell(check_id: str, namespace: dict, lang: str = None) -> None:
    """Run one autograder check on the notebook's code; print its verdict or raise CheckFailed."""
    lang = current_lang(lang)
    check = BY_ID[check_id]
    with _fd_stderr_to_stdout():
        result = judge(check, probe(check, NotebookSubmission(namespace)), _expected()[check_id])
    verdict = f"{check.title(lang)} ({result.points:g}/{result.max_points:g})"
    if not result.passed:
        raise CheckFailed(f"{verdict}\n{scoresheet.feedback(result, lang)}")
    print(f"{verdict}: {scoresheet.feedback(result, lang)}")


def check_answer(question: str, namespace: dict, expected: str = None, reading: int = 1, lang: str = None) -> None:
    """Check answer_<question> in the notebook: a letter a-d, and `expected` when given (hidden tests)."""
    lang = current_lang(lang)
    found = namespace.get(f"answer_{question}")
    letter = found.strip().lower() if isinstance(found, str) else None
    if letter is None or len(letter) != 1 or letter not in LETTERS:
        raise CheckFailed(QuizFailure("quiz.format", {"id": question, "found": repr(found)}).render(lang))
    if expected is not None and letter != expected:
        raise CheckFailed(QuizFailure("quiz.wrong", {"id": question, "found": letter, "reading": reading}).render(lang))
    print(f"Q{question[1:]}: {say(ANSWERS, 'quiz.passed' if expected else 'quiz.answered', lang)}")


@contextlib.contextmanager
def _fd_stderr_to_stdout():
    """Send file descriptor 2 to stdout while a check runs: C-level writes (torch, BLAS warnings)
    bypass sys.stderr, and on the kernel's stderr they would cost the cell its points."""
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as captured:
        os.dup2(captured.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            captured.seek(0)
            text = captured.read().decode("utf-8", errors="replace")
    if text:
        print(text, end="")
