"""`gankit grade` as an ordinary user, the way instructors grade on their own machines: bubblewrap in an
unprivileged user namespace holds the whole hostile corpus as it does for root, with the differences
docs/grading.md lists ("Grading as a user"); and where the system denies user namespaces (simulated:
a fake bwrap on PATH) the grader says what to do and grades without the sandbox only when told to
(--no-sandbox)."""
import json
import os
import pwd
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

import pytest

from hostile import harness
from gankit.grading import limits, sandbox

USER = "gankit-test-grader"
SYSTEM_PYTHON = Path("/usr/bin/python3")  # readable by every user, unlike a Python under /root
# What a submission earns as a user that it does not as root (docs/grading.md): the checks share the
# grader's uid inside the sandbox, so kill() reaches the worker, which the grader restarts.
AS_USER = {"kills_everything": {"generator.output": "grader.lost"}}
GRADE_SECONDS = 600  # the whole class takes ~30 s here; a loaded 2-core machine may need several times that


def _user_can_grade() -> str:
    """Why this machine cannot run the test ("" when it can)."""
    if os.geteuid() != 0 or not shutil.which("useradd") or not shutil.which("runuser"):
        return "needs root (to create the user) and useradd/runuser"
    if not SYSTEM_PYTHON.exists():
        return f"no {SYSTEM_PYTHON} to give the user"
    version = subprocess.run([str(SYSTEM_PYTHON), "-c", "import sys; print(sys.version_info[:2])"],
                             capture_output=True, text=True).stdout.strip()
    if version != str(tuple(sys.version_info[:2])):
        return f"{SYSTEM_PYTHON} is Python {version}, the kit's venv {sys.version_info[:2]}: not the same ABI"
    if not sandbox.bwrap_state().usable:
        return "bubblewrap is not usable here"
    return ""


pytestmark = pytest.mark.skipif(bool(_user_can_grade()), reason=_user_can_grade())


@pytest.fixture(scope="module")
def user_home():
    """An ordinary user and a folder it owns, with a Python it can run: a venv of the system's python3
    whose .pth file adds the kit's own environment (its site-packages, torch, the editable gankit)."""
    created = False
    try:
        pwd.getpwnam(USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER], check=True)
        created = True
    home = Path(tempfile.mkdtemp(prefix="gankit-user-"))  # not under pytest's 0700 temp folder
    home.chmod(0o755)
    subprocess.run([str(SYSTEM_PYTHON), "-m", "venv", "--without-pip", str(home / "py")], check=True)
    site = next((home / "py" / "lib").glob("python3*/site-packages"))
    (site / "gankit-kit.pth").write_text(f"import site; site.addsitedir({sysconfig.get_paths()['purelib']!r})\n")
    (home / "out").mkdir()
    shutil.chown(home / "out", USER, USER)
    yield home
    shutil.rmtree(home, ignore_errors=True)
    if created:
        subprocess.run(["userdel", USER], check=False)


def grade_as_user(home: Path, submissions: Path, out: Path, *options, path: Path = None) -> subprocess.CompletedProcess:
    """`python -m gankit grade` as USER, with a clean environment plus the planted secret (and `path`
    first on PATH)."""
    search = ":".join(([str(path)] if path else []) + ["/usr/local/bin", "/usr/bin", "/bin"])
    env = [f"PATH={search}", f"HOME={home / 'out'}", f"{harness.SECRET[0]}={harness.SECRET[1]}"]
    argv = ["runuser", "-u", USER, "--", "env", "-i", *env, str(home / "py" / "bin" / "python"), "-m", "gankit",
            "grade", str(submissions), "--out", str(out), "--checks", harness.CHECKS, "--check-seconds",
            harness.CHECK_SECONDS, "--memory-mib", harness.MEMORY_MIB, "--lang", "en", "--jobs", "2", *options]
    return subprocess.run(argv, capture_output=True, text=True, cwd=home / "out", timeout=GRADE_SECONDS)


@pytest.fixture(scope="module")
def graded_as_user(user_home):
    """Every hostile case, alice and bob, graded by USER: (grades folder, protected files, their state after)."""
    every_case = sandbox.Isolation(sandbox=True, own_uid=True)  # build all cases: the user's sandbox must hold them
    harness.build_class(user_home / "class", harness.CASES, every_case)
    protected = harness.protected_files(user_home / "class" / "alice")
    done = grade_as_user(user_home, user_home / "class", user_home / "out" / "grades")
    assert done.returncode == 0, done.stderr
    assert "isolation bwrap\n" in done.stdout  # the sandbox, without a uid per submission (not bwrap+uid)
    return user_home / "out" / "grades", protected, {path: harness.state(path) for path in protected}


@pytest.mark.parametrize("name", harness.CASES)
def test_as_a_user_each_hostile_submission_earns_what_it_earns_as_root(graded_as_user, name):
    grades = graded_as_user[0]
    module = harness.case(name)
    assert harness.failures(grades, name) == AS_USER.get(name, module.EXPECT), module.__doc__
    if name not in AS_USER:
        text = harness.feedback(grades, name)
        for wanted in module.FEEDBACK:
            assert any(option in text for option in wanted.split("|")), f"{name}: {wanted!r} not in:\n{text}"


def test_as_a_user_classmates_are_graded_normally_and_nothing_is_touched(graded_as_user):
    grades, protected, after = graded_as_user
    assert harness.failures(grades, "alice") == {}
    assert harness.failures(grades, "bob") == {"losses.discriminator": "dl.swapped_labels"}
    assert len(protected) > 20 and set(after.values()) == {"intact"}
    for path in (grades / "students").rglob("*"):
        if path.is_file():
            assert harness.SECRET[1] not in path.read_text(encoding="utf-8"), path


def test_as_a_user_student_code_sees_what_it_sees_as_root_but_runs_as_the_graders_uid(graded_as_user):
    printed = next(item["printed"] for item in harness.record(graded_as_user[0], "reports_what_it_sees")["results"]
                   if item["id"] == "generator.output")
    seen = json.loads(printed.split("SANDBOX-REPORT ", 1)[1].splitlines()[0])
    kit = str(harness.paths.REPO_ROOT / "gankit")
    assert {path for path, there in seen["visible"].items() if there} == {f"{kit}/checks/runner.py"}
    assert "unreachable" in seen["network"] and seen["pids"] <= 4
    # the kit is read-only; the sandbox's own /tmp is writable (the worker and its checks share a uid)
    assert seen["writable"] == {f"{kit}/checks/runner.py": False, "/tmp/x": True, f"{seen['cwd']}/x": True}
    assert seen["uid"] == pwd.getpwnam(USER).pw_uid and int(seen["cap_eff"], 16) == 0 and seen["no_new_privs"] == "1"
    # the process limit counts the sandbox's tasks (its own user namespace) plus the usual allowance
    assert limits.MAX_TASKS < seen["limits"]["RLIMIT_NPROC"] <= limits.MAX_TASKS + 8
    assert seen["limits"]["RLIMIT_FSIZE"] == limits.FILE_MIB * limits.MIB and seen["limits"]["RLIMIT_CORE"] == 0


# ---- user namespaces denied (Ubuntu >= 23.10), simulated with a bwrap that fails as AppArmor makes it fail ----

DENIED = "bwrap: setting up uid map: Permission denied"


def fake_bwrap(folder: Path, complaint: str) -> Path:
    """folder/bwrap: fails, printing `complaint`, as bubblewrap does when it cannot set up its namespaces."""
    folder.mkdir(exist_ok=True)
    (folder / "bwrap").write_text(f"#!/bin/sh\necho {shlex.quote(complaint)} >&2\nexit 1\n")
    (folder / "bwrap").chmod(0o755)
    return folder


@pytest.mark.parametrize("stderr, problem", [
    (DENIED, "userns_denied"),
    ("bwrap: No permissions to creating new namespace, likely because the kernel does not allow non-privileged "
     "user namespaces.", "userns_denied"),
    ("bwrap: Creating new namespace failed: No space left on device", "userns_denied"),
    ("bwrap: Creating new namespace failed: Operation not permitted", "failed"),  # root in a strict container
])
def test_bubblewraps_complaint_is_told_apart(tmp_path, monkeypatch, stderr, problem):
    monkeypatch.setenv("PATH", str(fake_bwrap(tmp_path, stderr)))
    sandbox.bwrap_state.cache_clear()
    try:
        assert sandbox.bwrap_state() == sandbox.BwrapState(problem, stderr)
        monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
        sandbox.bwrap_state.cache_clear()
        assert sandbox.bwrap_state().problem == "missing"
    finally:
        sandbox.bwrap_state.cache_clear()


# Plain processes as the grading user: a case that kills every process it may signal would kill the
# grader itself (docs/grading.md); the others hold as they do as root, the fork bomb included.
UNSANDBOXED_CASES = tuple(name for name in harness.FALLBACK_CASES if name != "kills_everything")


@pytest.fixture(scope="module")
def denied_as_user(user_home):
    """As the user, where bubblewrap is denied a user namespace: (refused run, whether it wrote grades,
    run with --no-sandbox, grades)."""
    fakes = fake_bwrap(user_home / "fakebin", DENIED)
    harness.build_class(user_home / "class_denied", UNSANDBOXED_CASES, sandbox.Isolation(sandbox=False, own_uid=True))
    out = user_home / "out" / "grades_denied"
    refused = grade_as_user(user_home, user_home / "class_denied", out, path=fakes)
    wrote = out.exists()
    graded = grade_as_user(user_home, user_home / "class_denied", out, "--no-sandbox", path=fakes)
    return refused, wrote, graded, out


def test_denied_namespaces_stop_the_grader_with_what_to_do(denied_as_user):
    refused, wrote, _, _ = denied_as_user
    assert refused.returncode == 2 and not wrote
    line, = refused.stderr.strip().splitlines()
    assert DENIED in line and "AppArmor" in line and "--no-sandbox" in line


def test_without_the_sandbox_the_user_grades_only_when_told_to(denied_as_user):
    _, _, graded, grades = denied_as_user
    assert graded.returncode == 0, graded.stderr
    assert "--no-sandbox: graded without bubblewrap" in graded.stderr and "isolation process\n" in graded.stdout
    assert "--no-sandbox" in (grades / "summary.md").read_text(encoding="utf-8")
    assert harness.failures(grades, "alice") == {}
    for name in UNSANDBOXED_CASES:  # the fork bomb too: the check's tasks are limited beyond the user's own
        assert harness.failures(grades, name) == harness.case(name).EXPECT, name
