"""`gankit classroom init`: the GitHub Classroom workflow for student repositories, parsed and run here.

No network: the workflow's YAML is parsed, its grading step is run with bash as GitHub Actions
runs a `run:` step ($GITHUB_OUTPUT, $GITHUB_STEP_SUMMARY), and the official reporter's reading of
the result is reproduced (classroom-resources/autograding-grading-reporter: the env variable
<RUNNER>_RESULTS holds base64 JSON; points = sum of tests[].score out of max_score).
"""
import base64
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from conftest import build_variant
from gankit import paths
from gankit.checks import BY_ID, TOTAL_POINTS
from gankit.cli import main
from gankit.fingerprint import fingerprint

REPORTER = "classroom-resources/autograding-grading-reporter@v1"
STEP_SECONDS = 600  # the correct repository runs every check, on a busy 2-core machine
# Shapes (N,) and (N, 1) in d_loss: every check that calls it raises, with the line named.
WRONG_TARGET = ("train_step.py", "real_loss = F.binary_cross_entropy(d_real, torch.ones_like(d_real))",
                "real_loss = F.binary_cross_entropy(d_real, torch.ones(d_real.size(0)))")
BUGGY_FAILS = {"losses.discriminator", "step.returns", "step.optimizers", "step.detach", "step.zero_grad",
               "step.uses_z", "step.direction", "step.trajectory", "convergence.ring"}


def template_repo(folder: Path) -> Path:
    """What instructors publish: the kit without solutions/ (here: just what the workflow uses)."""
    folder.mkdir()
    for name in ("pyproject.toml", "constraints.txt"):
        shutil.copy(paths.REPO_ROOT / name, folder / name)
    shutil.copytree(paths.AUTOGRADER_DIR, folder / "autograder", ignore=shutil.ignore_patterns("__pycache__"))
    return folder


@pytest.fixture(scope="module")
def workflow(tmp_path_factory):
    repo = template_repo(tmp_path_factory.mktemp("template") / "week01-gan")
    assert main(["classroom", "init", str(repo), "--lang", "en"]) == 0
    return repo, yaml.safe_load((repo / ".github" / "workflows" / "classroom.yml").read_text())


def steps(workflow) -> dict:
    job = workflow[1]["jobs"]["run-autograding-tests"]
    return {step.get("id") or step["name"]: step for step in job["steps"]}


def start_step(step: dict, repo: Path, scratch: Path):
    """A `run:` step as GitHub Actions runs it (bash -e, the repository as working folder), started."""
    env = dict(os.environ, GITHUB_OUTPUT=str(scratch / "output"), GITHUB_STEP_SUMMARY=str(scratch / "summary.md"),
               GITHUB_REPOSITORY=f"gan-course/{repo.name}", PATH=f"{Path(sys.executable).parent}:{os.environ['PATH']}")
    (scratch / "output").touch()
    return scratch, subprocess.Popen(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]], cwd=repo,
                                     env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def finish_step(scratch: Path, process) -> dict:
    """The step's outputs ($GITHUB_OUTPUT as a dict), its log and the summary it wrote."""
    log, _ = process.communicate(timeout=STEP_SECONDS)
    assert process.returncode == 0, log
    values = dict(line.split("=", 1) for line in (scratch / "output").read_text().splitlines())
    return {"outputs": values, "log": log, "summary": (scratch / "summary.md").read_text()}


def reporter_points(step: dict, outputs: dict) -> tuple:
    """What the reporter reads: for each runner, ${RUNNER}_RESULTS (base64 JSON); (points, max, failed)."""
    total, most, failed = 0, 0, False
    for runner in step["with"]["runners"].split(","):
        expression = step["env"][f"{runner.strip().upper()}_RESULTS"]
        assert expression == f"${{{{ steps.{runner.strip()}.outputs.result }}}}"
        results = json.loads(base64.b64decode(outputs[runner.strip()]["result"]).decode("utf-8"))
        assert results["version"] == 1 and results["status"] in ("pass", "fail")
        total += sum(test["score"] for test in results["tests"])
        most += results["max_score"]
        failed |= results["status"] == "fail"
    return total, most, failed, results


@pytest.fixture(scope="module")
def graded(workflow, tmp_path_factory):
    """The workflow's grading step run in a correct and a buggy student repository."""
    grading, started = steps(workflow)["gankit"], {}
    for student, edits in (("alice", []), ("bob", [WRONG_TARGET])):  # both at once, as two students' runners
        repo = shutil.copytree(workflow[0], tmp_path_factory.mktemp(student) / f"week01-gan-{student}")
        build_variant(SimpleNamespace(__name__=student, EDITS=edits), repo / "assignments" / paths.ASSIGNMENT)
        started[student] = start_step(grading, repo, tmp_path_factory.mktemp(f"{student}-runner"))
    return {student: finish_step(*step) for student, step in started.items()}


def test_the_workflow_has_github_classrooms_layout(workflow):
    spec = workflow[1]
    assert spec["name"] == "Autograding Tests" and "push" in spec["on"]
    assert spec["permissions"]["checks"] == "write"  # the reporter writes the points on the run's check
    found = steps(workflow)
    assert list(found) == ["Checkout code", "Set up Python", "Install the kit (CPU-only torch, pinned by constraints.txt)",
                           "gankit", "Autograding Reporter"]
    assert found["Autograding Reporter"]["uses"] == REPORTER
    assert found["gankit"]["run"] == "gankit classroom check --submission assignments/week01_gan --lang en"


def test_the_install_step_takes_cpu_torch_at_the_pinned_version(workflow):
    install = steps(workflow)["Install the kit (CPU-only torch, pinned by constraints.txt)"]["run"]
    assert "--index-url https://download.pytorch.org/whl/cpu" in install and "-c constraints.txt -e ." in install
    pin = install.split('"torch==$(', 1)[1].split(')"', 1)[0]
    found = subprocess.run(["bash", "-c", pin], cwd=workflow[0], capture_output=True, text=True).stdout.strip()
    import torch
    assert found == torch.__version__.split("+")[0]


def test_a_correct_repository_reports_every_point(workflow, graded):
    reporter = steps(workflow)["Autograding Reporter"]
    points, most, failed, results = reporter_points(reporter, {"gankit": graded["alice"]["outputs"]})
    assert (points, most, failed) == (TOTAL_POINTS, TOTAL_POINTS, False)
    assert len(results["tests"]) == 18 and results["tests"][0]["test_code"] == "generator.layers"
    assert "reported to GitHub Classroom: 100/100 points" in graded["alice"]["log"]
    assert f"(checks fingerprint {fingerprint()})" in graded["alice"]["log"]  # the feedback names the checks
    assert graded["alice"]["summary"].startswith("## gankit: 100/100 points")


def test_a_buggy_repository_keeps_the_points_of_the_checks_it_passes(workflow, graded):
    reporter = steps(workflow)["Autograding Reporter"]
    points, most, failed, results = reporter_points(reporter, {"gankit": graded["bob"]["outputs"]})
    kept = TOTAL_POINTS - sum(BY_ID[check].points for check in BUGGY_FAILS)
    assert (points, most, failed) == (kept, TOTAL_POINTS, True)  # and the reporter marks the run failed
    failures = {test["test_code"]: test["message"] for test in results["tests"] if test["status"] == "fail"}
    assert set(failures) == BUGGY_FAILS
    assert "Using a target size" in failures["losses.discriminator"] and "train_step.py:" in failures["losses.discriminator"]
    assert "gankit grade: week01-gan-bob" in graded["bob"]["log"]  # the feedback file `gankit grade` writes


def test_init_refuses_a_repository_with_solutions_or_without_the_kit(tmp_path, capsys):
    repo = template_repo(tmp_path / "repo")
    (repo / "solutions").mkdir()
    assert main(["classroom", "init", str(repo)]) == 2
    assert "students would see the answers" in capsys.readouterr().err
    assert main(["classroom", "init", str(tmp_path)]) == 2
    assert "is not a copy of the kit (missing pyproject.toml" in capsys.readouterr().err


def test_init_keeps_an_edited_workflow_unless_forced(workflow, tmp_path, capsys):
    repo = shutil.copytree(workflow[0], tmp_path / "repo")
    target = repo / ".github" / "workflows" / "classroom.yml"
    assert main(["classroom", "init", str(repo), "--lang", "en"]) == 0  # the same file: nothing to refuse
    target.write_text(target.read_text() + "# edited\n")
    assert main(["classroom", "init", str(repo), "--lang", "en"]) == 2
    assert "exists and differs; pass --force" in capsys.readouterr().err
    assert main(["classroom", "init", str(repo), "--lang", "ko", "--force"]) == 0
    assert target.read_text().count("--lang ko") == 1
