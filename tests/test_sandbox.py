"""What student code can see and do while it is graded, as it reports it (tests/hostile/reports_what_it_sees)."""
import json
import sys
from pathlib import Path

import pytest

from hostile import harness
from hostile.harness import graded, graded_without_sandbox  # noqa: F401 - session fixtures
from gankit.grading import limits, sandbox

ISOLATION = sandbox.detect()
needs_sandbox = pytest.mark.skipif(not ISOLATION.sandbox, reason="bubblewrap is not usable here")
needs_root = pytest.mark.skipif(not ISOLATION.own_uid, reason="checks get a uid of their own only when grading as root")


def report_of(grades) -> dict:
    """The JSON the spy submission printed while its generator.py was imported."""
    printed = next(item["printed"] for item in harness.record(grades, "reports_what_it_sees")["results"]
                   if item["id"] == "generator.output")
    return json.loads(printed.split("SANDBOX-REPORT ", 1)[1].splitlines()[0])


@pytest.fixture(scope="module")
def seen(graded):  # noqa: F811 - the imported fixture
    return report_of(graded[0])


@pytest.fixture(scope="module")
def seen_without_sandbox(graded_without_sandbox):  # noqa: F811
    return report_of(graded_without_sandbox[0])


@needs_sandbox
def test_student_code_sees_only_the_interpreter_and_its_own_submission(seen):
    assert set(seen["root"]) <= {"bin", "sbin", "lib", "lib32", "lib64", "usr", "dev", "proc", "tmp", "submission",
                                 *(part for path in (sys.base_prefix, sys.prefix, __file__) for part in Path(path).parts[1:2])}
    assert not any(seen["visible"][path] for path in seen["visible"] if not path.endswith("checks/runner.py"))
    assert seen["visible"][str(harness.paths.REPO_ROOT / "gankit" / "checks" / "runner.py")]  # the checks it runs


@needs_sandbox
def test_student_code_has_no_network_and_sees_no_other_process(seen):
    assert "unreachable" in seen["network"]
    assert seen["pids"] <= 4  # bwrap's init, the worker, this check (and the report's own listing)


@needs_sandbox
def test_student_code_writes_only_in_its_scratch_folder(seen):
    writable = seen["writable"]
    assert writable == {str(harness.paths.REPO_ROOT / "gankit" / "checks" / "runner.py"): False, "/tmp/x": False,
                        f"{seen['cwd']}/x": True}
    assert seen["cwd"].startswith(sandbox.SCRATCH + "/")


@needs_root
@pytest.mark.parametrize("fixture", ["seen", "seen_without_sandbox"])
def test_student_code_runs_unprivileged_with_limits(request, fixture):
    report = request.getfixturevalue(fixture)
    assert report["uid"] == report["euid"] == report["gid"] >= limits.WORKER_UID_BASE and report["groups"] == []
    assert int(report["cap_eff"], 16) == 0 and report["no_new_privs"] == "1"
    assert report["limits"]["RLIMIT_NPROC"] == limits.MAX_TASKS
    assert report["limits"]["RLIMIT_FSIZE"] == limits.FILE_MIB * limits.MIB and report["limits"]["RLIMIT_CORE"] == 0
    assert report["limits"]["RLIMIT_AS"] > 0


@pytest.mark.parametrize("fixture", ["seen", "seen_without_sandbox"])
def test_student_code_gets_only_the_graders_minimal_environment(request, fixture):
    report = request.getfixturevalue(fixture)
    assert set(report["env"]) - set(sandbox.ENV) <= {"PWD", "TORCHINDUCTOR_CACHE_DIR"}  # set by bwrap, by torch
    assert harness.SECRET[0] not in report["env"]


@pytest.mark.parametrize("problem, detail, says", [
    ("missing", "", "bubblewrap (bwrap) is not installed: apt-get install bubblewrap, or pass --no-sandbox"),
    ("userns_denied", "bwrap: setting up uid map: Permission denied", "add the AppArmor profile for bwrap"),
    ("failed", "bwrap: Can't mount proc on /newroot/proc: Operation not permitted", "a container must allow it"),
])
def test_without_bubblewrap_the_grader_refuses_unless_told_to_grade_without_it(tmp_path, monkeypatch, capsys,
                                                                               problem, detail, says):
    monkeypatch.setattr(sandbox, "bwrap_state", lambda: sandbox.BwrapState(problem, detail))
    (tmp_path / "class" / "nobody").mkdir(parents=True)
    assert harness.main(["grade", str(tmp_path / "class"), "--out", str(tmp_path / "grades"), "--lang", "en"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and says in err and detail in err and "--no-sandbox" in err
    assert not (tmp_path / "grades").exists()
