"""grade_one: one student's submission, from its folder or zip to plain-data results.

The student's code runs only in the worker; what comes back is decoded strictly (wire) and
judged here, in the trusted process, against reference data the worker never sees. The result
is plain data (JSON-ready), so any scheduler can call grade_one and ship its result.
"""
import itertools
import re
import time

from gankit.checks import judge, wire
from gankit.checks.feedback import Failure
from gankit.checks.runner import PRINTED_LIMIT, Result
from gankit.fingerprint import fingerprint
from gankit.grading import intake, sandbox
from gankit.grading.messages import GraderFailure, bilingual_note
from gankit.grading.session import Worker

_NUMBERS = itertools.count()  # this process's submissions, each graded as a uid of its own
RECORD_KEYS = {"data", "error", "printed"}
# Terminal escapes and control characters a submission printed: kept out of the feedback files.
CONTROL = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b.|[\x00-\x08\x0b-\x1f\x7f]")


def grade_one(student: str, source, settings, expected: dict, worker: Worker = None) -> dict:
    """Grade one submission (a folder or a zip); `worker` is reused if given, else one is started."""
    own = worker is None
    worker = worker or Worker(settings.isolation(), settings.memory_mib)
    started = time.monotonic()
    try:
        upload = intake.stage(student, source, worker.clear_inbox())
        checks = settings.selected()
        if upload.fatal:
            problem = bilingual_note(*upload.notes[-1])
            outcomes = [(_zero(check, GraderFailure("grader.unreadable", {"check": check.id, "problem": problem})),
                         None) for check in checks]
        else:
            frames = worker.probe([(check.id, settings.seconds(check), settings.group(check)) for check in checks],
                                  sandbox.submission_uid(next(_NUMBERS)), settings.submission_seconds)
            outcomes = [verdict(check, frames[check.id], expected[check.id], settings) for check in checks]
    finally:
        if own:
            worker.remove()
    return {
        "student": student, "source": upload.source, "sha256": upload.sha256, "notes": upload.notes,
        "fatal": upload.fatal, "has_summary": upload.has_summary, "flags": upload.flags,
        "results": [result_to_dict(result) for result, _ in outcomes],
        "audit": {check.id: audit for check, (_, audit) in zip(checks, outcomes)},
        "isolation": worker.isolation.name, "seconds": round(time.monotonic() - started, 2),
        "fingerprint": fingerprint(),
    }


def verdict(check, frame: dict, expected, settings):
    """(Result, audit data) of one check from the worker's frame."""
    status = frame.get("status")
    audit = {"status": status, "usage": frame.get("usage")}
    if status == "record":
        record = decode_record(frame.get("text"))
    elif status == "timeout":
        seconds = frame.get("seconds", settings.seconds(check))
        record = {"error": {"kind": "timeout", "seconds": int(seconds)}, "printed": ""}
    elif status == "bad_frame":
        record = _bad_data("the record was not a valid frame")
    else:
        return _zero(check, _grader_failure(check, frame, settings)), audit
    return judge(check, record, expected), {**audit, "record": wire.encode(record)}


def _grader_failure(check, frame, settings) -> GraderFailure:
    status = frame.get("status")
    if status == "memory":
        return GraderFailure("grader.memory", {"check": check.id, "mib": settings.memory_mib})
    if status == "crashed":
        return GraderFailure("grader.crashed", {"check": check.id, "how": str(frame.get("exit", "?"))[:80]})
    if status == "deadline":
        return GraderFailure("grader.deadline", {"check": check.id, "seconds": f"{settings.submission_seconds:g}"})
    return GraderFailure("grader.lost", {"check": check.id})


def _zero(check, failure) -> Result:
    return Result(check.id, 0.0, float(check.points), failure, "")


def decode_record(text) -> dict:
    """A probe record from the untrusted worker: strict wire decoding, then its shape checked."""
    try:
        record = wire.loads(text)
    except (TypeError, ValueError, RecursionError) as err:  # WireError is a ValueError
        return _bad_data(f"undecodable record ({type(err).__name__})")
    if not isinstance(record, dict) or not set(record) <= RECORD_KEYS or ("data" in record) == ("error" in record):
        return _bad_data("a record needs exactly one of data and error")
    error, printed = record.get("error"), record.get("printed", "")
    if error is not None and not (isinstance(error, dict) and isinstance(error.get("kind"), str)):
        return _bad_data("malformed error")
    if not isinstance(printed, str):
        return _bad_data("malformed output")
    record["printed"] = CONTROL.sub("", printed)[:PRINTED_LIMIT]
    return record


def _bad_data(detail: str) -> dict:
    return {"error": {"kind": "bad_data", "detail": detail}, "printed": ""}


def result_to_dict(result: Result) -> dict:
    failure = None if result.failure is None else {"key": result.failure.key, "params": result.failure.params}
    return {"id": result.id, "points": result.points, "max_points": result.max_points, "failure": failure,
            "printed": result.printed}


def result_from_dict(data: dict) -> Result:
    failure = data["failure"]
    if failure is not None:
        kind = GraderFailure if failure["key"].startswith("grader.") else Failure
        failure = kind(failure["key"], failure["params"])
    return Result(data["id"], data["points"], data["max_points"], failure, data["printed"])
