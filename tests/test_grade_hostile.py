"""`gankit grade` on hostile submissions: each fails only what it earned, with a clear reason, and
nothing it does reaches the kit, the grader or a classmate (tests/hostile/*/case.py)."""
import pytest

from hostile import harness
from hostile.harness import graded, graded_without_sandbox  # noqa: F401 - session fixtures
from gankit.grading import sandbox

ISOLATION = sandbox.detect()


def assert_graded_as_expected(graded_class, name):
    grades, graded_names, _, _ = graded_class
    module = harness.case(name)
    if name not in graded_names:
        pytest.skip(f"{name} needs {module.NEEDS}, not available here ({ISOLATION.name})")
    assert harness.failures(grades, name) == module.EXPECT, module.__doc__
    text = harness.feedback(grades, name)
    for wanted in module.FEEDBACK:
        assert any(option in text for option in wanted.split("|")), f"{name}: {wanted!r} not in feedback:\n{text}"


@pytest.mark.parametrize("name", harness.CASES)
def test_hostile_submission_earns_only_its_points_with_a_reason(graded, name):
    assert_graded_as_expected(graded, name)


@pytest.mark.parametrize("name", harness.FALLBACK_CASES)
def test_without_sandbox_the_process_guarantees_still_hold(graded_without_sandbox, name):
    assert_graded_as_expected(graded_without_sandbox, name)
    assert "bubblewrap" in (graded_without_sandbox[0] / "summary.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("fixture", ["graded", "graded_without_sandbox"])
def test_classmates_of_hostile_submissions_are_graded_normally(request, fixture):
    grades = request.getfixturevalue(fixture)[0]
    assert harness.failures(grades, "alice") == {}
    assert harness.failures(grades, "bob") == {"losses.discriminator": "dl.swapped_labels"}


@pytest.mark.parametrize("fixture", ["graded", "graded_without_sandbox"])
def test_no_submission_changes_the_kit_the_solution_the_reference_or_a_classmate(request, fixture):
    _, _, protected, after = request.getfixturevalue(fixture)
    assert len(protected) > 20 and set(after.values()) == {"intact"}


@pytest.mark.parametrize("fixture", ["graded", "graded_without_sandbox"])
def test_the_graders_environment_does_not_reach_student_code(request, fixture):
    grades = request.getfixturevalue(fixture)[0]
    assert "HOME=" in harness.feedback(grades, "reads_environment")
    for path in (grades / "students").rglob("*"):
        if path.is_file():
            assert harness.SECRET[1] not in path.read_text(encoding="utf-8"), path


def test_forged_output_is_shown_as_printed_text_and_scores_nothing(graded):
    grades = graded[0]
    gradebook = (grades / "gradebook.csv").read_text(encoding="utf-8")
    row = next(line for line in gradebook.splitlines() if line.startswith("forged_results,"))
    assert row.split(",")[5:7] == ["8", "22"]  # generator.output and discriminator.output: 4 + 4 of 22


def test_code_that_reaches_for_the_grader_is_pointed_out_to_the_instructor(graded):
    grades, names, _, _ = graded
    flagged = {name for name in names if harness.record(grades, name)["flags"]}
    assert flagged == set(names) - {"alice", "bob", "memory_bomb", "ships_conftest"}  # plain code, or not a module
    summary = (grades / "summary.md").read_text(encoding="utf-8")
    assert "## Code that needs a look" in summary and "`train_step.py:6` (kit internals): `import gankit.checks.wire`" in summary
