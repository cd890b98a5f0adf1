"""The single source: skeletons and the frozen reference are regenerated from solutions/ without drift."""
import subprocess
import sys

import pytest

from gankit import paths
from gankit.checks import CHECKS, judge, reference
from gankit.release.build import skeleton_files
from gankit.markers import MarkerError, regions, strip_solutions


def test_committed_skeleton_equals_a_fresh_release():
    fresh = skeleton_files()
    committed = {p.name: p.read_text(encoding="utf-8") for p in paths.SKELETON_DIR.iterdir()}
    assert committed == fresh, "assignments/ is stale: run `gankit release`"


def test_skeleton_keeps_todos_and_drops_every_solution_line():
    for name, text in skeleton_files().items():
        solution = (paths.SOLUTION_DIR / name).read_text(encoding="utf-8").splitlines()
        hidden = {line.strip() for begin, end in regions(solution, name) for line in solution[begin + 1:end]}
        kept = {line.strip() for line in text.splitlines()}
        assert not {line for line in hidden & kept if line and not line.startswith("#")}, name
        assert "TODO" in text or name.endswith(".md"), name
    assert 'raise NotImplementedError("train_step: ' in skeleton_files()["train_step.py"]


def test_committed_reference_agrees_with_a_fresh_probe_of_the_solution():
    """Judged with the autograder's own tolerances: the frozen file is what the solution produces."""
    frozen, fresh = reference.load(), reference.compute()
    for check in CHECKS:
        result = judge(check, {"data": fresh[check.id]}, frozen[check.id])
        assert result.passed, f"{check.id}: {result.failure.render('en')}\nrun `gankit release`"


def test_reference_records_the_lecture_parameter_counts():
    frozen = reference.load()
    assert frozen["generator.layers"]["n_params"] == 1_486_352
    assert frozen["discriminator.layers"]["n_params"] == 1_460_225


@pytest.mark.parametrize("source, message", [
    ("def f():\n    ### BEGIN SOLUTION\n    ### BEGIN SOLUTION\n", "x.py:3: nested ### BEGIN SOLUTION (the one at line 2"),
    ("def f():\n    ### BEGIN SOLUTION\n    return 1\n", "x.py:2: ### BEGIN SOLUTION is never closed"),
    ("def f():\n    return 1\n    ### END SOLUTION\n", "x.py:3: ### END SOLUTION without a ### BEGIN SOLUTION"),
    ("### BEGIN SOLUTION\nx = 1\n### END SOLUTION\n", "x.py:1: ### BEGIN SOLUTION outside any function"),
])
def test_malformed_markers_are_rejected_with_file_and_line(source, message):
    with pytest.raises(MarkerError, match=message.replace("(", r"\(")):
        strip_solutions(source, "x.py")


def test_stub_names_the_enclosing_method():
    source = "class G:\n    def forward(self, z):\n        # TODO\n        ### BEGIN SOLUTION\n        return z\n        ### END SOLUTION\n"
    stub = strip_solutions(source, "g.py")
    assert 'raise NotImplementedError("G.forward: ' in stub and "return z" not in stub


def test_release_command_writes_skeleton_and_reference(tmp_path):
    out, ref = tmp_path / "skeleton", tmp_path / "reference.json"
    done = subprocess.run([sys.executable, "-m", "gankit", "release", "--out", str(out), "--reference", str(ref), "--no-notebook"],
                          capture_output=True, text=True, check=True)
    assert sorted(p.name for p in out.iterdir()) == sorted(skeleton_files())
    assert reference.load(ref).keys() == reference.load().keys()
    assert "wrote" in done.stdout


def test_release_command_reports_a_bad_folder_in_one_line(tmp_path):
    done = subprocess.run([sys.executable, "-m", "gankit", "release", "--solutions", str(tmp_path / "nope")],
                          capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [f"gankit release: error: solution folder not found: {tmp_path / 'nope'}"]
