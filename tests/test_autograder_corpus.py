"""The autograder against planted bugs (each must fail the check meant for it, with the intended
message) and against correct but differently written solutions (each must pass every check).

A bug case (tests/corpus/bugs/*/case.py) names FAILS and MESSAGE, and may add ALSO ({check: key}:
further checks it fails, with their keys), HINT (the exception hint expected) and SECONDS (a shorter
time limit for its check, for a case that is meant to run out of time)."""
import dataclasses

import pytest
from conftest import CORPUS, load_case

from gankit import paths
from gankit.checks import BY_ID, CHECKS, Submission, judge, probe
from gankit.checks.messages import EXCEPTION_HINTS, MESSAGES

BUGS = sorted((CORPUS / "bugs").iterdir())
ALTERNATIVES = sorted((CORPUS / "alternatives").iterdir())


def _feedback(results):
    return "\n\n".join(f"{r.id}:\n{r.failure.render('en')}" for r in results if not r.passed)


@pytest.mark.parametrize("case_dir", BUGS, ids=lambda p: p.name)
def test_planted_bug_fails_the_check_meant_for_it(case_dir, variant, expected):
    case = load_case(case_dir)
    folder = variant(case_dir)
    for check_id, key in {case.FAILS: case.MESSAGE, **getattr(case, "ALSO", {})}.items():
        check = dataclasses.replace(BY_ID[check_id], seconds=getattr(case, "SECONDS", BY_ID[check_id].seconds))
        result = judge(check, probe(check, Submission(folder)), expected[check.id])
        assert not result.passed, f"{case_dir.name} passed {check.id}"
        assert result.failure.key == key, result.failure.render("en")
        if hasattr(case, "HINT") and check_id == case.FAILS:
            assert result.failure.params["hint"] == EXCEPTION_HINTS[case.HINT], result.failure.render("en")
        for lang in ("ko", "en"):
            assert "{" not in result.failure.render(lang), "unfilled field in the message"


@pytest.mark.parametrize("case_dir", ALTERNATIVES, ids=lambda p: p.name)
def test_correct_alternative_passes_every_check(case_dir, variant, expected):
    folder = variant(case_dir)
    sub = Submission(folder)
    # checks of train_step on the solution's own train_step.py repeat the reference: skip them
    same_step = (folder / "train_step.py").read_bytes() == (paths.SOLUTION_DIR / "train_step.py").read_bytes()
    checks = [c for c in CHECKS if not (same_step and c.id.split(".")[0] in ("step", "convergence"))]
    results = [judge(check, probe(check, sub), expected[check.id]) for check in checks]
    assert all(r.passed for r in results), _feedback(results)


def test_every_bug_case_names_a_real_check_and_message():
    for case_dir in BUGS:
        case = load_case(case_dir)
        assert case.FAILS in BY_ID and case.MESSAGE in MESSAGES, case_dir.name
        assert all(check in BY_ID and key in MESSAGES for check, key in getattr(case, "ALSO", {}).items()), case_dir.name


def test_every_feedback_message_is_produced_by_a_corpus_case():
    """Each key of the checks' table is what some planted bug or vacuous submission gets (the tests above
    prove it does): no feedback text that no test has ever shown, and no dead text."""
    produced = set()
    for case_dir in BUGS:
        case = load_case(case_dir)
        produced |= {case.MESSAGE, *getattr(case, "ALSO", {}).values()}
    for case_dir in sorted((CORPUS / "vacuous").iterdir()):
        produced |= set(load_case(case_dir).EXPECT.values())
    assert sorted(set(MESSAGES) - produced) == [], "add a corpus case that gets these messages, or delete them"


@pytest.mark.parametrize("name", ["gl_sign_flipped", "ts_g_step_on_d_loss"])
def test_bugs_that_stop_learning_also_fail_the_ring(name, variant, expected):
    check = BY_ID["convergence.ring"]
    result = judge(check, probe(check, Submission(variant(CORPUS / "bugs" / name))), expected[check.id])
    assert not result.passed and result.failure.key in ("conv.modes", "conv.quality", "conv.diverged")
