"""No vacuous passes: a submission that skips what a check is about, does nothing, or returns made-up
values of the right type scores 0 on that check, and every other check grades it as usual
(tests/corpus/vacuous/*/case.py: VACUOUS_FOR, the checks it is vacuous for; EXPECT, the feedback key
of every check it fails; every check not in EXPECT must pass)."""
import pytest
from conftest import CORPUS, load_case

from gankit import paths
from gankit.checks import CHECKS, Submission, judge, probe

VACUOUS = sorted((CORPUS / "vacuous").iterdir())


def _verdicts(folder, expected) -> dict:
    """check id -> feedback key of each failed check ("pass" for the others). The ring's record is the
    reference's own when train_step.py is the solution's (it runs nothing else of the submission)."""
    same_step = (folder / "train_step.py").read_bytes() == (paths.SOLUTION_DIR / "train_step.py").read_bytes()
    checks = [c for c in CHECKS if not (same_step and c.id == "convergence.ring")]
    results = {check.id: judge(check, probe(check, Submission(folder)), expected[check.id]) for check in checks}
    return {check_id: "pass" if r.passed else r.failure.key for check_id, r in results.items()}


@pytest.mark.parametrize("case_dir", VACUOUS, ids=lambda p: p.name)
def test_vacuous_submission_scores_zero_on_its_checks_and_is_graded_normally_on_the_rest(case_dir, variant, expected):
    case = load_case(case_dir)
    verdicts = _verdicts(variant(case_dir), expected)
    wanted = {check_id: case.EXPECT.get(check_id, "pass") for check_id in verdicts}
    assert verdicts == wanted, case.__doc__
    assert all(verdicts[check_id] != "pass" for check_id in case.VACUOUS_FOR)


def test_every_check_of_the_catalog_has_a_vacuous_submission():
    covered = {check_id for case_dir in VACUOUS for check_id in load_case(case_dir).VACUOUS_FOR}
    assert covered == {check.id for check in CHECKS}


def test_vacuous_cases_expect_a_failure_for_every_check_they_are_vacuous_for():
    for case_dir in VACUOUS:
        case = load_case(case_dir)
        assert set(case.VACUOUS_FOR) <= set(case.EXPECT), case_dir.name
