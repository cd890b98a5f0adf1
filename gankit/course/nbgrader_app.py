"""Run nbgrader for a course: in its folder, with the kit's environment first on PATH.

nbgrader starts `alembic` (when it creates the gradebook) and the kernel by name; from a shell
where the kit's virtual environment is not activated they would be missing or someone else's.
"""
import contextlib
import os
import subprocess
import sys
from pathlib import Path

from gankit.course.layout import COURSE_ID
from gankit.errors import UserError

LOG_TAIL = 20  # lines of nbgrader's log shown when a command fails


def environment() -> dict:
    """os.environ with this interpreter's bin folder first on PATH."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


@contextlib.contextmanager
def kit_on_path():
    """The same PATH for nbgrader code run in this process (the gradebook, the validator's kernel)."""
    saved = os.environ.get("PATH")
    os.environ["PATH"] = environment()["PATH"]
    try:
        yield
    finally:
        if saved is None:
            del os.environ["PATH"]
        else:
            os.environ["PATH"] = saved


def nbgrader(course, *args, verbose: bool = False, check: bool = True) -> subprocess.CompletedProcess:
    """`nbgrader ARGS` in the course folder; a UserError with the end of its log when it fails (and check)."""
    proc = subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=course.root, env=environment(),
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if verbose:
        print(proc.stdout, end="")
    if check and proc.returncode != 0:
        tail = "\n".join(proc.stdout.rstrip().splitlines()[-LOG_TAIL:])
        raise UserError(f"nbgrader {args[0]} failed (exit {proc.returncode}); the end of its log:\n{tail}")
    return proc


def gradebook(course):
    """The course's gradebook (nbgrader.api.Gradebook, a context manager); an error if there is none yet."""
    from nbgrader.api import Gradebook

    if not course.gradebook.is_file():
        raise UserError(f"no gradebook at {course.gradebook}: run `gankit course generate` first")
    with kit_on_path():
        return Gradebook(course.db_url, COURSE_ID)
