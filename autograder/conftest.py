"""Self-check of the week-1 GAN assignment.

    pytest autograder/                          # grades assignments/week01_gan/
    pytest autograder/ --submission DIR         # grades another folder
    pytest autograder/ --results results.json   # also writes Gradescope's results.json
    pytest autograder/ --lang en                # English feedback (default: Korean, or $GANKIT_LANG)
"""
import time
from pathlib import Path

import pytest
import torch

from gankit.checks import BY_ID, Submission, judge, probe, reference, report
from gankit.errors import UserError
from gankit.fingerprint import TEXT, fingerprint
from gankit.i18n import current_lang, say

HERE = Path(__file__).resolve().parent
DEFAULT_SUBMISSION = HERE.parent / "assignments" / "week01_gan"
REFERENCE = HERE / "reference.json"


def pytest_addoption(parser):
    group = parser.getgroup("gankit", "GAN assignment autograder")
    group.addoption("--submission", default=str(DEFAULT_SUBMISSION), help="folder with generator.py, "
                    "discriminator.py and train_step.py (default: assignments/week01_gan)")
    group.addoption("--results", default=None, help="also write Gradescope-format results.json here")
    group.addoption("--lang", default=None, choices=("ko", "en"), help="feedback language (default: $GANKIT_LANG or ko)")


class Grader:
    """Runs each check's probe on the submission and judges it against the frozen reference."""

    def __init__(self, config):
        self.lang = current_lang(config.getoption("--lang"))
        self.results = {}
        self.started = time.monotonic()
        try:
            self.submission = Submission(config.getoption("--submission"))
            self.expected = reference.load(REFERENCE)
        except UserError as err:
            raise pytest.UsageError(str(err)) from None

    def check(self, check_id):
        __tracebackhide__ = True
        check = BY_ID[check_id]
        result = judge(check, probe(check, self.submission), self.expected[check_id])
        self.results[check_id] = result
        if not result.passed:
            pytest.fail(report.feedback(result, self.lang), pytrace=False)


def pytest_configure(config):
    config._gankit = Grader(config)


def pytest_report_header(config):
    grader = config._gankit
    return [f"gankit: submission {grader.submission.folder}",
            f"gankit: seed 0, torch {torch.__version__}, feedback language {grader.lang}",
            "gankit: " + say(TEXT, "fingerprint.line", grader.lang, fingerprint=fingerprint(REFERENCE))]


@pytest.fixture
def check(request):
    """check("generator.layers"): grade one check; fails with what/expected/found/hint feedback."""
    return request.config._gankit.check


def pytest_terminal_summary(terminalreporter, config):
    grader = config._gankit
    results = [grader.results[c] for c in BY_ID if c in grader.results]
    if not results:
        return
    terminalreporter.write_sep("=", "gankit")
    terminalreporter.write_line(report.table(results, grader.lang))
    path = config.getoption("--results")
    if path:
        report.write_gradescope(Path(path), results, grader.lang, time.monotonic() - grader.started,
                                fingerprint(REFERENCE))
        terminalreporter.write_line(f"results.json: {path}")
