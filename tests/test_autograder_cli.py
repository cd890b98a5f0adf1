"""`pytest autograder/` as a student sees it: run in a subprocess, output matched line by line."""
import json

import jsonschema
import pytest

from gankit import paths

pytest_plugins = ["pytester"]

# Gradescope's documented results.json (https://gradescope-autograders.readthedocs.io, "Output format").
GRADESCOPE_SCHEMA = {
    "type": "object",
    "required": ["tests"],
    "properties": {
        "score": {"type": "number"},
        "execution_time": {"type": "number"},
        "output": {"type": "string"},
        "visibility": {"enum": ["hidden", "after_due_date", "after_published", "visible"]},
        "stdout_visibility": {"enum": ["hidden", "after_due_date", "after_published", "visible"]},
        "tests": {"type": "array", "items": {
            "type": "object",
            "required": ["score", "max_score"],
            "properties": {
                "score": {"type": "number"}, "max_score": {"type": "number"},
                "name": {"type": "string"}, "number": {"type": "string"}, "output": {"type": "string"},
                "status": {"enum": ["passed", "failed"]}, "tags": {"type": "array"},
                "visibility": {"enum": ["hidden", "after_due_date", "after_published", "visible"]},
            },
        }},
    },
}


def run_autograder(pytester, *args):
    return pytester.runpytest_subprocess(str(paths.AUTOGRADER_DIR), "-p", "no:cacheprovider", *args)


def test_solution_scores_full_points_and_writes_gradescope_results(pytester):
    result = run_autograder(pytester, "--submission", str(paths.SOLUTION_DIR), "--lang", "en", "--results", "out.json")
    result.assert_outcomes(passed=18)
    result.stdout.fnmatch_lines(["gankit: seed 0, torch *", "*PASS G: Linear layer sizes and parameter count*5/5",
                                 "total*100/100"])
    payload = json.loads((pytester.path / "out.json").read_text(encoding="utf-8"))
    jsonschema.validate(payload, GRADESCOPE_SCHEMA)
    assert payload["score"] == 100 and len(payload["tests"]) == 18


def test_fresh_skeleton_fails_every_check_with_one_line_per_stub_in_korean(pytester):
    result = run_autograder(pytester)
    result.assert_outcomes(failed=18)
    result.stdout.fnmatch_lines([
        "*test_discriminator_has_the_lecture_layers*", "아직 구현되지 않음: Discriminator.__init__",
        "*test_generator_has_the_lecture_layers*", "아직 구현되지 않음: Generator.__init__",
        "*test_discriminator_loss_sums*", "아직 구현되지 않음: discriminator_loss",
        "*test_generator_loss_is*", "아직 구현되지 않음: generator_loss",
        "*test_train_step_returns*", "아직 구현되지 않음: train_step",
        "합계*0/100",
    ])
    assert "Traceback" not in result.stdout.str() and "gankit/" not in result.stdout.str()


def test_language_comes_from_gankit_lang(pytester, monkeypatch):
    monkeypatch.setenv("GANKIT_LANG", "en")
    result = run_autograder(pytester, "-k", "generator_has")
    result.stdout.fnmatch_lines(["not implemented yet: Generator.__init__"])


def test_missing_submission_folder_is_one_usage_line(pytester):
    result = run_autograder(pytester, "--submission", "no/such/dir")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: submission folder not found: no/such/dir (pass --submission DIR)"])
    assert "Traceback" not in result.stderr.str()


def test_wrong_code_gets_checked_expected_found_hint(pytester, tmp_path):
    sub = tmp_path / "student"
    sub.mkdir()
    for source in paths.SOLUTION_DIR.glob("*.py"):
        text = source.read_text(encoding="utf-8").replace("nn.LeakyReLU(0.2),\n            nn.Linear(512", "nn.LeakyReLU(),\n            nn.Linear(512")
        (sub / source.name).write_text(text, encoding="utf-8")
    result = run_autograder(pytester, "--submission", str(sub), "--lang", "en", "-k", "leaky")
    result.stdout.fnmatch_lines([
        "checked: the negative slope of D's LeakyReLU after Linear #2",
        "expected: 0.20",
        "found: 0.01",
        "hint: write nn.LeakyReLU(0.2); nn.LeakyReLU() alone uses slope 0.01",
    ])
