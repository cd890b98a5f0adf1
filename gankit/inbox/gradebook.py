"""The class gradebook: one row per enrolled student, whatever happened to their homework.

Built from the submissions folder's manifest (roster, deadline, what each student sent), the
grades folder of `gankit grade` (gradebook.csv: the autograder's points) and, when given, the
paper summary's points: nbgrader's grades_by_cell.csv (the manually graded cells) or a
manual-scores CSV (student_id,points,max_points). Raw points and final points (after the late
policy) are both kept.
"""
import csv
import io
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from gankit.csv_cells import spreadsheet_text
from gankit.inbox import folder, triage
from gankit.inbox.roster import Student
from gankit.inbox.texts import error

GRADED, NO_SUBMISSION, UNREADABLE, NOT_GRADED = "graded", "no submission", "unreadable", "not graded"
STATUS_TEXT = {GRADED: "status graded", NO_SUBMISSION: "status no submission", UNREADABLE: "status unreadable",
               NOT_GRADED: "status not graded"}  # status -> texts key
POINTS_DIGITS = 2  # final points after a percentage: hundredths, as LMS gradebooks show them
MANUAL_COLUMNS = ("student_id", "points", "max_points")


@dataclass
class Row:
    """One student's line of the class gradebook."""

    student: Student
    status: str
    entry: dict = None  # the manifest row of the message graded (or of the unreadable one)
    auto: float = 0.0  # gankit grade's points
    auto_max: float = 0.0
    manual: float = 0.0  # the paper summary's points (nbgrader or manual scores)
    manual_max: float = 0.0
    manual_pending: bool = False  # a summary score is still missing
    percent_off: float = 0.0

    @property
    def raw(self) -> float:
        return self.auto + self.manual

    @property
    def maximum(self) -> float:
        return self.auto_max + self.manual_max

    @property
    def final(self):
        """Points after the late policy; None while not graded (an LMS keeps its cell empty)."""
        if self.status == NOT_GRADED:
            return None
        return round(self.raw * (1 - self.percent_off / 100), POINTS_DIGITS)

    @property
    def late_seconds(self):
        return self.entry["late_seconds"] if self.entry and self.status != UNREADABLE else None


def read_manifest(subs: Path) -> dict:
    path = subs / folder.MANIFEST_JSON
    if not path.is_file():
        raise error("no manifest", subs=subs)
    return json.loads(path.read_text(encoding="utf-8"))


def read_auto_points(grades: Path, subs: Path) -> dict:
    """student id -> (points, max) from gankit grade's gradebook.csv."""
    path = grades / "gradebook.csv"
    if not path.is_file():
        raise error("no gradebook", grades=grades, subs=subs)
    rows = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")))
    return {row["student"]: (float(row["total"]), float(row["max"])) for row in rows}


def read_manual_points(path: Path, roster_ids: set) -> dict:
    """student id -> (points, max, pending) from a manual-scores CSV (student_id,points,max_points)."""
    rows = _csv_rows(path, MANUAL_COLUMNS)
    points = {}
    for line, row in rows:
        sid = row["student_id"].strip()
        if sid not in roster_ids:
            raise error("scores unknown student", path=path, line=line, id=sid)
        points[sid] = (_number(row["points"], path, line), _number(row["max_points"], path, line), False)
    return points


def read_nbgrader_cells(path: Path, roster_ids: set) -> dict:
    """student id -> (points, max, pending) of the manually graded cells (the paper summary) in the
    grades_by_cell.csv of `gankit course export`; pending when a cell still needs a grader."""
    points = {}
    for line, row in _csv_rows(path, ("student_id", "kind", "score", "max_score", "needs_manual_grade")):
        if row["kind"] != "manual":
            continue
        sid = row["student_id"].strip()
        if sid not in roster_ids:
            raise error("scores unknown student", path=path, line=line, id=sid)
        got, most, pending = points.get(sid, (0.0, 0.0, False))
        points[sid] = (got + _number(row["score"], path, line), most + _number(row["max_score"], path, line),
                       pending or row["needs_manual_grade"].strip() == "1")
    return points


def _csv_rows(path: Path, needed: tuple) -> list:
    text = spreadsheet_text(path.read_bytes())
    if text is None:
        raise error("scores encoding", path=path)
    reader = csv.DictReader(io.StringIO(text))
    missing = [name for name in needed if name not in (reader.fieldnames or [])]
    if missing:
        raise error("scores columns", path=path, missing=", ".join(missing), expected=",".join(needed))
    return list(enumerate(reader, 2))


def _number(value: str, path: Path, line: int) -> float:
    try:
        return float(value)
    except ValueError:
        raise error("scores value", path=path, line=line, value=value) from None


def build(manifest: dict, auto: dict, manual: dict, policy, default_max: float) -> list:
    """[Row] for every roster student, in roster order."""
    messages = manifest["messages"]
    used = {m["student_id"]: m for m in messages if m["status"] == triage.USED}
    unreadable = {m["student_id"]: m for m in messages if m["status"] == triage.UNREADABLE and m["student_id"]}
    auto_max = max((most for _, most in auto.values()), default=default_max)
    manual_max = max((most for _, most, _ in manual.values()), default=0.0)
    rows = []
    for fields in manifest["roster"]:
        student = Student(**fields)
        sid = student.student_id
        if sid in used:
            status = GRADED if sid in auto else NOT_GRADED
            row = Row(student, status, used[sid])
        else:
            row = Row(student, UNREADABLE if sid in unreadable else NO_SUBMISSION, unreadable.get(sid))
        row.auto, row.auto_max = auto[sid] if row.status == GRADED else (0.0, auto_max)
        not_scored = (0.0, manual_max, row.status == GRADED and bool(manual))  # a graded student the TA missed
        row.manual, row.manual_max, row.manual_pending = manual.get(sid, not_scored)
        row.percent_off = policy.percent_off(row.late_seconds)
        rows.append(row)
    return rows


def deadline(manifest: dict) -> datetime:
    return datetime.fromisoformat(manifest["deadline"])
