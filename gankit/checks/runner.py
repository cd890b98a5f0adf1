"""Run a check's probe on student code and turn whatever happens into plain data; judge it.

`probe()` never raises for anything a submission does (errors, exit(), endless loops, odd return
values): it returns {"data": ...} or {"error": {...}}, plus what the code printed. `judge()`
turns that and the reference's data into a Result with points and feedback.
"""
import contextlib
import io
import random
import traceback
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from gankit.checks import wire
from gankit.checks.deadline import ProbeTimeout, time_limit
from gankit.checks.feedback import Failure, fail
from gankit.checks.messages import EXCEPTION_CAUSES, EXCEPTION_HINTS
from gankit.submission import SubmissionError

SEED = 0  # every probe starts from the same global RNG state, so runs are repeatable
PRINTED_LIMIT = 2000  # characters of a submission's output kept for the feedback
ERROR_KEYS = {  # describe_error's kind -> its message key
    "missing_file": "error.missing_file", "missing_name": "error.missing_name", "import_error": "error.import_error",
    "exception": "error.exception", "timeout": "error.timeout", "exit": "error.exit", "bad_data": "error.bad_data",
}


@dataclass
class Result:
    """One check graded: points earned out of max, and the failure if any."""

    id: str
    points: float
    max_points: float
    failure: Failure = None
    printed: str = ""

    @property
    def passed(self) -> bool:
        return self.failure is None


def probe(check, sub) -> dict:
    """Run check.probe(sub) with fixed seeds, one thread, a time limit and captured output."""
    out, threads = io.StringIO(), torch.get_num_threads()
    torch.manual_seed(SEED)
    np.random.seed(SEED)
    random.seed(SEED)
    torch.set_num_threads(1)  # numerics identical on every machine, whatever its core count
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out), \
                time_limit(check.seconds, check.id):
            record = {"data": wire.decode(wire.encode(check.probe(sub)))}
    except KeyboardInterrupt:
        raise
    except BaseException as err:  # noqa: BLE001 - a submission may raise anything, SystemExit included
        record = {"error": describe_error(err, sub, check.seconds)}
    finally:
        torch.set_num_threads(threads)
    record["printed"] = out.getvalue()[:PRINTED_LIMIT]
    return record


def judge(check, record: dict, expected: dict) -> Result:
    """Compare a probe record with the reference's data: a Result with points and feedback."""
    failure = None
    if "error" in record:
        failure = error_failure(record["error"], check.id)
    else:
        try:
            failure = check.judge(record["data"], expected)
        except Exception as err:  # noqa: BLE001 - malformed (possibly forged) data must not crash grading
            failure = fail("error.bad_data", check=check.id, detail=f"unexpected probe data ({type(err).__name__})")
    points = 0.0 if failure else float(check.points)
    return Result(check.id, points, float(check.points), failure, record.get("printed", ""))


def error_failure(error: dict, check_id: str) -> Failure:
    """The feedback for a probe that did not return data."""
    kind = error.get("kind")
    if kind == "not_implemented":
        return Failure("error.not_implemented", {"name": error.get("name", "?")})
    params = {key: str(value) for key, value in error.items() if key != "kind"}
    params["check"] = check_id
    params["hint"] = EXCEPTION_HINTS.get(error.get("hint"), EXCEPTION_HINTS["other"])
    if kind not in ERROR_KEYS:  # a kind no probe reports: forged or damaged data
        return fail("error.bad_data", check=check_id, detail=f"unexpected probe data ({str(error)[:200]})")
    return fail(ERROR_KEYS[kind], **params)


def describe_error(err: BaseException, sub, seconds: float) -> dict:
    """What went wrong in student code, as plain data: never a traceback into the kit."""
    if isinstance(err, NotImplementedError):
        return {"kind": "not_implemented", "name": stub_name(err)}
    if isinstance(err, ProbeTimeout):
        return {"kind": "timeout", "seconds": int(seconds)}
    if isinstance(err, SystemExit):
        return {"kind": "exit", "code": str(err.code)}
    if isinstance(err, wire.WireError):
        return {"kind": "bad_data", "detail": str(err)}
    if isinstance(err, SubmissionError):
        cause = err.__cause__
        if err.kind == "import_error" and cause is not None:
            return {"kind": "import_error", "file": err.name, **_exception_fields(cause, sub)}
        return {"kind": err.kind, "name": err.name}
    return {"kind": "exception", **_exception_fields(err, sub)}


def stub_name(err: NotImplementedError) -> str:
    """The stub's name: its message up to ':' ("train_step: fill in ..."), else the raising function."""
    message = str(err)
    if ":" in message:
        return message.split(":", 1)[0].strip()
    frames = traceback.extract_tb(err.__traceback__)
    return frames[-1].name if frames else "?"


def _exception_fields(err: BaseException, sub) -> dict:
    message = " ".join(str(err).split())[:300] or "-"
    return {"type": type(err).__name__, "message": message, "where": _student_line(err, sub),
            "hint": _hint(err)}


def _student_line(err: BaseException, sub) -> str:
    """'train_step.py:42: <code>' for the deepest frame of student code (sub.label names it), else 'your code'."""
    if isinstance(err, SyntaxError) and err.filename:
        return f"{sub.label(Path(err.filename)) or Path(err.filename).name}:{err.lineno}"
    where = "your code"
    for frame in traceback.extract_tb(err.__traceback__):
        name = sub.label(Path(frame.filename))
        if name:
            where = f"{name}:{frame.lineno}: {frame.line or ''}".strip()
    return where


def _hint(err: BaseException) -> str:
    """The name of a known cause of this error message (messages.EXCEPTION_CAUSES), else "other"."""
    text = str(err)
    return next((name for needle, name in EXCEPTION_CAUSES.items() if needle in text), "other")
