"""What the probe runner does with misbehaving student code: crashes, exit(), hangs, prints, shadows."""
import dataclasses
import shutil

import numpy as np
import pytest
import torch

from gankit import paths
from gankit.checks import BY_ID, CHECKS, Submission, judge, probe, wire


@pytest.fixture
def student(tmp_path):
    """student(file=text, ...) -> a copy of the solution with some files replaced."""
    def make(**files):
        folder = tmp_path / "student"
        shutil.copytree(paths.SOLUTION_DIR, folder, dirs_exist_ok=True)
        for name, text in files.items():
            (folder / f"{name}.py").write_text(text, encoding="utf-8")
        return Submission(folder)
    return make


def grade(check_id, sub, expected, **changes):
    check = dataclasses.replace(BY_ID[check_id], **changes)
    return judge(check, probe(check, sub), expected[check_id])


def solution_text(name):
    return (paths.SOLUTION_DIR / f"{name}.py").read_text(encoding="utf-8")


def test_syntax_error_names_the_file_and_line(student, expected):
    result = grade("generator.layers", student(generator="import torch\ndef broken(:\n"), expected)
    assert result.failure.key == "error.import_error"
    assert result.failure.params["where"] == "generator.py:2"


def test_exit_at_import_is_a_failure_not_a_dead_grader(student, expected):
    result = grade("step.returns", student(train_step="import sys\nsys.exit(0)\n"), expected)
    assert result.failure.key == "error.exit" and result.points == 0


def test_endless_loop_is_stopped_and_reported(student, expected):
    looping = solution_text("generator").replace("super().__init__()", "super().__init__()\n        while True:\n            pass")
    result = grade("generator.layers", student(generator=looping), expected, seconds=1)
    assert result.failure.key == "error.timeout"


def test_loop_that_swallows_the_timeout_is_stopped_too(student, expected):
    stubborn = solution_text("generator").replace(
        "super().__init__()", "super().__init__()\n        while True:\n            try:\n                pass\n            except BaseException:\n                pass")
    result = grade("generator.layers", student(generator=stubborn), expected, seconds=1)
    assert result.failure.key == "error.timeout"


def test_prints_are_captured_and_shown_with_the_feedback(student, expected):
    chatty = "print('debug: hello from G')\n" + solution_text("generator")
    result = grade("generator.layers", student(generator=chatty), expected)
    assert result.passed and "debug: hello from G" in result.printed


def test_exception_points_at_the_student_line_never_at_kit_code(student, expected):
    broken = solution_text("train_step").replace("fake_imgs = generator(z)  # (N, C, H, W)", "fake_imgs = generator(z, 3)")
    result = grade("step.returns", student(train_step=broken), expected)
    assert result.failure.key == "error.exception"
    assert result.failure.params["where"].startswith("train_step.py:")
    assert "gankit" not in result.failure.render("en")


def test_same_named_modules_elsewhere_cannot_shadow_the_submission(student, expected, tmp_path, monkeypatch):
    decoy = tmp_path / "decoy"
    decoy.mkdir()
    (decoy / "generator.py").write_text("raise RuntimeError('decoy imported')\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(decoy))
    monkeypatch.chdir(decoy)
    assert grade("generator.layers", student(), expected).passed


def test_a_student_file_named_like_a_library_does_not_replace_it(student, expected):
    sub = student(torch="raise RuntimeError('student torch.py imported')\n")
    assert grade("generator.function", sub, expected).passed


@pytest.mark.parametrize("threads", [1, 2])
def test_probe_data_is_identical_across_runs_and_thread_counts(threads):
    sub = Submission(paths.SOLUTION_DIR)
    checks = [c for c in CHECKS if c.id != "convergence.ring"] + [BY_ID["convergence.ring"]] * (threads == 2)
    torch.set_num_threads(threads)
    try:
        first = [wire.dumps(probe(c, sub)) for c in checks]
        torch.set_num_threads(3 - threads)
        second = [wire.dumps(probe(c, sub)) for c in checks]
    finally:
        torch.set_num_threads(2)
    assert first == second


def test_wire_rejects_anything_but_plain_data():
    assert np.array_equal(wire.loads(wire.dumps({"a": np.array([[1.0, float("nan")]])}))["a"], [[1.0, np.nan]], equal_nan=True)
    for bad in ('{"a": {"__array__": [1, 2], "shape": [3]}}', '{"a": {"__array__": ["x"], "shape": [1]}}',
                '{"a": {"__array__": [1], "shape": [1.5]}}'):
        with pytest.raises(wire.WireError):
            wire.loads(bad)
    with pytest.raises(wire.WireError):
        wire.encode({"a": object()})
