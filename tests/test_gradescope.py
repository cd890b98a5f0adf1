"""`gankit gradescope build`: the autograder zip, run the way Gradescope runs it.

The zip is unpacked into a temporary root laid out like Gradescope's /autograder (source/,
submission/, results/; $GANKIT_GRADESCOPE_ROOT points run_autograder at it) and run on a correct,
a partial and a hostile submission, the hostile one also where bubblewrap cannot start (as in
Gradescope's containers). Each results.json must match Gradescope's documented format
(https://gradescope-autograders.readthedocs.io/en/latest/specs/) and hold our grades, never the
submission's forgeries.
"""
import json
import os
import shutil
import stat
import subprocess
import sys
import zipfile

import jsonschema
import pytest

from conftest import CORPUS, build_variant, load_case
from gankit import paths
from gankit.checks import TOTAL_POINTS
from gankit.cli import main
from gankit.fingerprint import fingerprint
from gankit.platforms import gradescope_run, standalone

RUN_SECONDS = 600  # four runs at once, the correct one with every check, on a busy 2-core machine
VISIBILITY = {"enum": ["hidden", "after_due_date", "after_published", "visible"]}
FORMAT = {"enum": ["text", "html", "simple_format", "md", "ansi"]}
NUMBER = {"type": "number"}
# Gradescope's results.json as its specification documents it (every field optional but a score).
SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "anyOf": [{"required": ["score"]}, {"required": ["tests"]}],
    "properties": {
        "score": NUMBER, "execution_time": NUMBER, "output": {"type": "string"}, "output_format": FORMAT,
        "test_output_format": FORMAT, "test_name_format": FORMAT, "visibility": VISIBILITY,
        "stdout_visibility": VISIBILITY, "extra_data": {"type": "object"},
        "tests": {"type": "array", "items": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "score": NUMBER, "max_score": NUMBER, "status": {"enum": ["passed", "failed"]},
                "name": {"type": "string"}, "name_format": FORMAT, "number": {"type": "string"},
                "output": {"type": "string"}, "output_format": FORMAT, "visibility": VISIBILITY,
                "tags": {"type": "array", "items": {"type": "string"}}, "extra_data": {"type": "object"}}}},
        "leaderboard": {"type": "array", "items": {
            "type": "object", "required": ["name", "value"], "additionalProperties": False,
            "properties": {"name": {"type": "string"}, "value": {"type": ["number", "string"]},
                           "order": {"enum": ["asc", "desc"]}}}},
    },
}
# At import of generator.py and train_step.py: forge results.json where Gradescope reads it and in
# the working folder, claim success, and exit 0 (a harness that trusts exit codes would pass it).
FORGE = """import json as _json
import sys as _sys

for _target in ("{RESULTS}/results.json", "results.json"):
    try:
        with open(_target, "w") as _out:
            _json.dump({"score": 100, "tests": [{"name": "all", "score": 100, "max_score": 100}]}, _out)
    except OSError as _err:
        print("forging", _target, type(_err).__name__)
print("All tests passed")
_sys.exit(0)
"""
FORGED = '{"score": 100, "tests": [{"name": "all", "score": 100, "max_score": 100}]}\n'
D_CHECKS = {"discriminator.layers", "discriminator.activations", "discriminator.output", "discriminator.function"}


def correct(folder, root):
    build_variant(load_case(CORPUS / "alternatives" / "functional_layers"), folder)


def partial(folder, root):
    """G without its Tanh; train_step.py still the skeleton."""
    build_variant(load_case(CORPUS / "bugs" / "g_missing_tanh"), folder)
    shutil.copy(paths.SKELETON_DIR / "train_step.py", folder / "train_step.py")


def hostile(folder, root):
    build_variant(load_case(CORPUS / "alternatives" / "functional_layers"), folder)
    for name in ("generator.py", "train_step.py"):
        forge = FORGE.replace("{RESULTS}", str(root / "results"))
        (folder / name).write_text(forge + (folder / name).read_text())
    (folder / "results.json").write_text(FORGED)  # uploaded along: never read


SUBMISSIONS = {"correct": correct, "partial": partial, "hostile": hostile, "hostile_without_bwrap": hostile}


@pytest.fixture(scope="module")
def autograder_zip(tmp_path_factory):
    out = tmp_path_factory.mktemp("zip") / "autograder.zip"
    assert main(["gradescope", "build", "--out", str(out), "--lang", "en"]) == 0
    return out


def gradescope_root(root, autograder_zip):
    """/autograder as Gradescope lays it out: the zip in source/, an empty results/ (root's, 0755)."""
    with zipfile.ZipFile(autograder_zip) as archive:
        archive.extractall(root / "source")
        for info in archive.infolist():  # extractall drops the modes; Gradescope keeps them
            os.chmod(root / "source" / info.filename, info.external_attr >> 16 & 0o777)
    (root / "submission").mkdir()
    (root / "results").mkdir(mode=0o755)
    return root


@pytest.fixture(scope="module")
def runs(tmp_path_factory, autograder_zip):
    """Every submission run through run_autograder at once: name -> (root, exit code, stdout, results.json)."""
    no_bwrap = tmp_path_factory.mktemp("no-bwrap")
    (no_bwrap / "bwrap").write_text("#!/bin/sh\nexit 1\n")  # installed, but namespaces are forbidden
    os.chmod(no_bwrap / "bwrap", 0o755)
    started = {}
    for name, make in SUBMISSIONS.items():
        root = gradescope_root(tmp_path_factory.mktemp(name), autograder_zip)
        make(root / "submission", root)
        env = dict(os.environ, GANKIT_GRADESCOPE_ROOT=str(root), GANKIT_GRADESCOPE_PYTHON=sys.executable)
        if name.endswith("without_bwrap"):
            env["PATH"] = f"{no_bwrap}:{env['PATH']}"
        started[name] = (root, subprocess.Popen(["bash", str(root / "source" / "run_autograder")], cwd=root, env=env,
                                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True))
    done = {}
    for name, (root, process) in started.items():
        out, _ = process.communicate(timeout=RUN_SECONDS)
        results = root / "results" / "results.json"
        done[name] = (root, process.returncode, out, json.loads(results.read_text()) if results.exists() else None)
    return done


def test_the_zip_holds_what_run_autograder_needs_and_never_the_solution(autograder_zip, tmp_path):
    with zipfile.ZipFile(autograder_zip) as archive:
        modes = {info.filename: info.external_attr >> 16 for info in archive.infolist()}
        contents = [archive.read(name) for name in modes]
    assert {"setup.sh", "run_autograder", "constraints.txt", "autograder/reference.json",
            "gankit/grading/worker.py", "gankit/platforms/gradescope_run.py"} <= set(modes)
    assert all(mode & stat.S_IXUSR for name, mode in modes.items() if name in ("setup.sh", "run_autograder"))
    assert not any("solutions" in name or "__pycache__" in name for name in modes)
    for solution in paths.SOLUTION_DIR.glob("*.py"):
        assert solution.read_bytes() not in contents, f"{solution.name} is in the zip"
    again = tmp_path / "again.zip"
    assert main(["gradescope", "build", "--out", str(again), "--lang", "en"]) == 0
    assert again.read_bytes() == autograder_zip.read_bytes()  # reproducible: a rebuild shows any change


def test_setup_sh_is_valid_bash_and_finds_its_pins(autograder_zip, tmp_path):
    source = gradescope_root(tmp_path, autograder_zip) / "source"
    for script in ("setup.sh", "run_autograder"):
        assert subprocess.run(["bash", "-n", str(source / script)]).returncode == 0, script
    pin = next(line for line in (source / "setup.sh").read_text().splitlines() if line.startswith("pin()"))
    pins = subprocess.run(["bash", "-c", f"HERE={source}; {pin}; pin torch; pin numpy"], capture_output=True, text=True)
    import numpy
    import torch
    assert pins.stdout.split() == [torch.__version__.split("+")[0], numpy.__version__]


@pytest.mark.parametrize("name", SUBMISSIONS)
def test_results_json_follows_gradescopes_format(runs, name):
    _, code, out, results = runs[name]
    assert code == 0, out
    jsonschema.validate(results, SCHEMA)
    assert results["score"] == sum(test["score"] for test in results["tests"])
    assert sum(test["max_score"] for test in results["tests"]) == TOTAL_POINTS
    assert all(0 <= test["score"] <= test["max_score"] for test in results["tests"])
    assert results["stdout_visibility"] == "hidden"  # the grader's log is for instructors


def failed(results) -> dict:
    return {test["tags"][0]: test["output"] for test in results["tests"] if test["status"] == "failed"}


def test_a_correct_submission_gets_every_point_in_the_sandbox(runs):
    root, _, out, results = runs["correct"]
    assert results["score"] == TOTAL_POINTS and failed(results) == {}
    assert [test["number"] for test in results["tests"]][:5] == ["1.1", "1.2", "1.3", "1.4", "2.1"]
    assert results["output"].startswith(f"gankit: 100/100 points\nchecks fingerprint: {fingerprint()}\n")
    assert results["extra_data"]["fingerprint"] == fingerprint()  # the zip's checks are the repository's
    assert "isolation bwrap+uid" in out and f"kit {root}/source/gankit;" in out  # the zip's kit, not this one


def test_a_partial_submission_gets_named_failures(runs):
    results = runs["partial"][3]
    assert results["score"] == 27
    failures = failed(results)
    assert set(failures) == {"generator.activations", "generator.function", "losses.discriminator", "losses.generator",
                             "step.returns", "step.optimizers", "step.detach", "step.zero_grad", "step.uses_z",
                             "step.direction", "step.trajectory", "convergence.ring"}
    assert "Tanh" in failures["generator.activations"]
    assert failures["losses.discriminator"] == "not implemented yet: discriminator_loss"


@pytest.mark.parametrize("name, blocked", [("hostile", "FileNotFoundError"),
                                           ("hostile_without_bwrap", "PermissionError")])
def test_a_hostile_submission_cannot_forge_its_results(runs, name, blocked):
    _, _, out, results = runs[name]
    assert results["score"] == 18  # D's four checks: the only module that does not exit at import
    assert set(failed(results)) == set(test["tags"][0] for test in results["tests"]) - D_CHECKS
    generator = next(test["output"] for test in results["tests"] if test["tags"] == ["generator.layers"])
    assert "sys.exit()" in generator
    assert generator.index("printed while grading generator.layers:") < generator.index("All tests passed")
    assert f"results/results.json {blocked}" in generator  # the sandbox hides results/; the uid may not write it
    if name.endswith("without_bwrap"):
        assert results["extra_data"]["isolation"] == "process+uid" and "bubblewrap could not start" in out


def test_an_uploaded_zip_is_graded_from_the_zip(tmp_path):
    (tmp_path / "20231234.zip").write_bytes(b"PK")
    assert gradescope_run.source(tmp_path) == tmp_path / "20231234.zip"
    (tmp_path / "train_step.py").write_text("")
    assert gradescope_run.source(tmp_path) == tmp_path


def test_without_a_submission_folder_the_error_is_one_line(tmp_path, capsys):
    assert standalone("gradescope run", gradescope_run, ["--root", str(tmp_path)]) == 2
    assert capsys.readouterr().err == (f"gankit gradescope run: error: no submission folder at {tmp_path}/submission "
                                       "(set $GANKIT_GRADESCOPE_ROOT to grade outside Gradescope)\n")
