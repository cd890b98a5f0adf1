"""nbgrader for one course, in this process: its config, its API (what formgrader uses), its gradebook.

nbgrader starts `alembic` (when it creates the gradebook) and the kernel as subprocesses, found on
PATH; from a shell where the kit's virtual environment is not activated they would be missing or
someone else's, so every call here runs with this interpreter's bin folder first on PATH.
"""
import contextlib
import os
import re
import sys
import warnings
from pathlib import Path

from gankit.course.layout import CONFIG, COURSE_ID
from gankit.course.timeouts import CellTimeouts
from gankit.errors import UserError

LOG_TAIL = 20  # lines of nbgrader's log shown when a step fails
REASON_CHARS = 200  # of the exception that stopped nbgrader for one student
EXCEPTION_LINE = re.compile(r"^\s*[A-Za-z_][\w.]*(Error|Exception|Interrupt)\b.*:")  # "    json.decoder.JSONDecodeError: ..."


def environment() -> dict:
    """os.environ with this interpreter's bin folder first on PATH (for nbgrader run as a subprocess)."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


@contextlib.contextmanager
def kit_env(lang: str = None):
    """That PATH (and GANKIT_LANG, the feedback language, when given) for nbgrader code run in this
    process and for the kernels it starts; the environment is restored afterwards."""
    changes = {"PATH": environment()["PATH"], **({"GANKIT_LANG": lang} if lang else {})}
    saved = {name: os.environ.get(name) for name in changes}
    os.environ.update(changes)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def exchange_root(course) -> Path:
    return Path(load_config(course).Exchange.root)


def load_config(course, cell_timeout: int = None):
    """The course's nbgrader_config.py as a traitlets Config; cell_timeout: seconds for students' cells."""
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader(CONFIG, path=str(course.root)).load_config()
    if cell_timeout:
        config.Execute.timeout_func = CellTimeouts(student_seconds=cell_timeout)
    return config


@contextlib.contextmanager
def api(course, cell_timeout: int = None, lang: str = None):
    """nbgrader's NbGraderAPI for the course (each of its calls is one `nbgrader` command)."""
    from nbgrader.apps import NbGraderAPI
    from sqlalchemy.exc import SAWarning

    config = load_config(course, cell_timeout)
    config.ExchangeReleaseAssignment.force = True  # releasing again replaces the exchange's copy
    with kit_env(lang), warnings.catch_warnings():
        # nbgrader 0.9's gradebook code trips SQLAlchemy 2's autoflush warnings; nothing to act on
        warnings.simplefilter("ignore", SAWarning)
        yield NbGraderAPI(config=config)


def succeeded(result: dict, what: str) -> dict:
    """An NbGraderAPI result, or a UserError with the end of nbgrader's log and traceback."""
    if not result.get("success"):
        text = (result.get("log", "") + result.get("error", "")).rstrip()
        tail = "\n".join(text.splitlines()[-LOG_TAIL:])
        raise UserError(f"nbgrader {what} failed; the end of its log:\n{tail}")
    return result


def failure_reason(result: dict) -> str:
    """The exception nbgrader's log ends with (its own summary lines say only "see the traceback")."""
    lines = (result.get("log", "") + "\n" + result.get("error", "")).splitlines()
    errors = [line.strip() for line in lines if EXCEPTION_LINE.match(line) and "NbGraderException" not in line]
    return (errors[-1] if errors else (lines or ["?"])[-1].strip())[:REASON_CHARS]


def gradebook(course):
    """The course's gradebook (nbgrader.api.Gradebook, a context manager); an error if there is none yet."""
    from nbgrader.api import Gradebook

    if not course.gradebook.is_file():
        raise UserError(f"no gradebook at {course.gradebook}: run `gankit course generate` first")
    with kit_env():
        return Gradebook(course.db_url, COURSE_ID)
