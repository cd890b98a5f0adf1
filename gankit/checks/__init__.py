"""The autograder's checks as probes and judges, shared by pytest, nbgrader and the batch grader."""
from gankit.checks.catalog import BY_ID, CHECKS, TOTAL_POINTS, Check
from gankit.checks.runner import Result, judge, probe
from gankit.submission import Submission


def grade(folder, expected: dict, checks=CHECKS) -> list:
    """Probe and judge in this process (the student's self-check): one Result per check."""
    sub = Submission(folder)
    return [judge(check, probe(check, sub), expected[check.id]) for check in checks]


__all__ = ["BY_ID", "CHECKS", "TOTAL_POINTS", "Check", "Result", "Submission", "grade", "judge", "probe"]
