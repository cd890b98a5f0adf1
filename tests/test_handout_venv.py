"""The student package where students are: unpacked from its zip into a fresh virtual environment,
installed with one offline `pip install` line, self-checked with `pytest autograder/`.

Offline sources (this machine's; override with the variables): GANKIT_OFFLINE_WHEELS, a folder with
a CPU-only torch wheel (default /opt/wheels), and GANKIT_OFFLINE_INDEX, a package index for the
rest (default file:///opt/pypi/simple). The module skips when they are absent: it never downloads.
One venv serves every test here (about 1-2 minutes to build on 2 cores).
"""
import io
import os
import re
import shutil
import subprocess
import venv
import zipfile
from pathlib import Path

import pytest

from gankit import paths
from gankit.checks import CHECKS
from gankit.fingerprint import fingerprint
from gankit.release import handout

WHEELS = Path(os.environ.get("GANKIT_OFFLINE_WHEELS", "/opt/wheels"))
INDEX = os.environ.get("GANKIT_OFFLINE_INDEX", "file:///opt/pypi/simple")
INSTALL_SECONDS = 900  # torch's wheel alone is ~190 MB to unpack, on a busy 2-core machine
RUN_SECONDS = 300

pytestmark = pytest.mark.skipif(not list(WHEELS.glob("torch-*.whl")) or not Path(INDEX.removeprefix("file://")).is_dir(),
                                reason=f"no offline torch wheel in {WHEELS} or index at {INDEX}")


@pytest.fixture(scope="module")
def student(tmp_path_factory):
    """(the unpacked package folder, its venv's python): zip -> unzip -> venv -> one pip install line."""
    root = tmp_path_factory.mktemp("student")
    zipfile.ZipFile(io.BytesIO(handout.package_zip(handout.package_files()))).extractall(root)
    package = root / handout.NAME
    venv.EnvBuilder(with_pip=True).create(root / ".venv")
    python = root / ".venv" / ("Scripts" if os.name == "nt" else "bin") / "python"
    env = {key: value for key, value in os.environ.items() if not key.startswith("PIP_")}  # only the line's sources
    env.update(PIP_CONFIG_FILE=os.devnull, PIP_DISABLE_PIP_VERSION_CHECK="1")
    install = [str(python), "-m", "pip", "install", "-q", "--index-url", INDEX, "--find-links", str(WHEELS), "-e", "."]
    done = subprocess.run(install, cwd=package, env=env, capture_output=True, text=True, timeout=INSTALL_SECONDS)
    assert done.returncode == 0, done.stdout + done.stderr
    return package, python


def _run(student, *args) -> subprocess.CompletedProcess:
    package, python = student
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "GANKIT_"))}
    return subprocess.run([str(python), *args], cwd=package, env=env, capture_output=True, text=True,
                          timeout=RUN_SECONDS)


def test_the_fresh_package_reports_every_check_not_implemented_without_a_traceback(student):
    done = _run(student, "-m", "pytest", "autograder/", "--lang", "en")
    assert done.returncode == 1, done.stdout + done.stderr
    # one feedback line per check; the short summary repeats them in full only where $CI is set
    stubs = re.findall(r"^not implemented yet: \S+$", done.stdout, re.M)
    assert len(stubs) == len(CHECKS), done.stdout
    assert "Traceback" not in done.stdout + done.stderr
    assert re.search(r"total\s+0/100", done.stdout), done.stdout
    assert f"checks fingerprint: {fingerprint()}" in done.stdout  # the package runs the repository's checks
    assert f"submission {student[0].resolve() / 'assignments' / paths.ASSIGNMENT}" in done.stdout


def test_the_cli_offers_the_student_verbs_only(student):
    done = _run(student, "-m", "gankit", "--help")
    commands = set(re.findall(r"^    ([a-z]+) ", done.stdout, re.M))  # argparse's list of subcommands
    assert commands == {"train", "evaluate", "report", "submit"}, done.stdout


def test_with_the_solution_copied_in_the_package_scores_100(student):
    folder = student[0] / "assignments" / paths.ASSIGNMENT
    for source in paths.SOLUTION_DIR.glob("*.py"):
        shutil.copy(source, folder / source.name)
    done = _run(student, "-m", "pytest", "autograder/", "--lang", "en", "-q")
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"total\s+100/100", done.stdout), done.stdout
