"""The class list: student id, name, e-mail address and an optional section, from a CSV file.

Headers are matched case-insensitively, in English or Korean (student_id/학번, name/이름,
email/이메일, section/분반). Excel in Korea saves CSV as CP949: such a file is read as CP949.
"""
import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from gankit.csv_cells import spreadsheet_text
from gankit.inbox.texts import error

# The id names the student's zip or folder in the submissions folder: a student number or a username.
STUDENT_ID = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]{0,63}")
COLUMNS = {  # field -> the header names accepted for it
    "student_id": ("student_id", "student id", "id", "학번"),
    "name": ("name", "이름", "성명"),
    "email": ("email", "e-mail", "email address", "이메일", "메일"),
    "section": ("section", "분반"),
}
REQUIRED = ("student_id", "name", "email")


@dataclass(frozen=True)
class Student:
    student_id: str
    name: str
    email: str  # as the roster writes it (matched case-insensitively)
    section: str = ""


def read(path: Path) -> list:
    """The roster's students in file order; refuses a file a gradebook cannot be built from."""
    if not path.is_file():
        raise error("roster not found", path=path)
    text = spreadsheet_text(path.read_bytes())
    if text is None:
        raise error("roster encoding", path=path)
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        raise error("roster empty", path=path)
    where = _columns(rows[0], path)
    students, ids, emails = [], set(), set()
    for number, row in enumerate(rows[1:], 2):
        if not any(cell.strip() for cell in row):
            continue
        cell = {name: (row[i].strip() if i < len(row) else "") for name, i in where.items()}
        student = Student(cell["student_id"], cell["name"], cell["email"], cell.get("section", ""))
        if not STUDENT_ID.fullmatch(student.student_id):
            raise error("roster bad id", path=path, line=number, id=student.student_id)
        if "@" not in student.email:
            raise error("roster bad email", path=path, line=number, email=student.email)
        if student.student_id in ids or student.email.lower() in emails:
            raise error("roster duplicate", path=path, line=number, id=student.student_id, email=student.email)
        ids.add(student.student_id)
        emails.add(student.email.lower())
        students.append(student)
    if not students:
        raise error("roster empty", path=path)
    return students


def _columns(header: list, path: Path) -> dict:
    """field -> column index of the header row."""
    names = [cell.strip().lower() for cell in header]
    where = {}
    for field_name, accepted in COLUMNS.items():
        found = [i for i, name in enumerate(names) if name in accepted]
        if found:
            where[field_name] = found[0]
    missing = [name for name in REQUIRED if name not in where]
    if missing:
        raise error("roster columns", path=path, missing=", ".join(missing), found=", ".join(header))
    return where
