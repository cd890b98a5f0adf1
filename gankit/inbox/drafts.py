"""Feedback back to students, never sent: one ready-to-send .eml draft each, and a mail-merge CSV.

A draft is addressed to the roster's address, replies to the message that was graded (In-Reply-To),
says the score (Korean first, then English), the late penalty or why nothing was graded, and
attaches the two feedback files `gankit grade` wrote. `X-Unsent: 1` makes Outlook open it as a
draft; Thunderbird opens it with "Edit as New Message". The bytes depend only on the grades.
"""
import hashlib
from email import policy
from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path

from gankit.csv_cells import csv_text
from gankit.i18n import LANGS
from gankit.inbox import gradebook
from gankit.inbox.lms import num
from gankit.inbox.texts import detail, duration, text

FEEDBACK_FILES = ("feedback.ko.txt", "feedback.en.txt")  # written by gankit grade in GRADES/students/<id>/
MERGE_COLUMNS = ("student_id", "name", "email", "subject", "body", "final_points", "max_points", "status",
                 "feedback_ko", "feedback_en")


def subject(row, assignment: str) -> str:
    return " / ".join(text("draft subject", lang, assignment=assignment, final=num(row.final or 0),
                           max=num(row.maximum)) for lang in LANGS)


def body(row, assignment: str, deadline) -> str:
    """The message text: the same content in Korean, then in English."""
    return "\n\n----\n\n".join(_body(row, assignment, deadline, lang) for lang in LANGS) + "\n"


def _body(row, assignment: str, deadline, lang: str) -> str:
    lines = [text("draft greeting", lang, name=row.student.name), ""]
    when = deadline.isoformat(sep=" ", timespec="minutes")
    if row.status == gradebook.NO_SUBMISSION:
        lines.append(text("draft no submission", lang, assignment=assignment, deadline=when))
    elif row.status == gradebook.UNREADABLE:
        lines.append(text("draft unreadable", lang, problem=detail(row.entry["notes"], lang)))
    else:
        manual = text("draft manual part", lang, points=num(row.manual), max=num(row.manual_max)) \
            if row.manual_max else ""
        lines.append(text("draft graded", lang, assignment=assignment, auto=num(row.auto), auto_max=num(row.auto_max),
                          manual=manual, raw=num(row.raw), max=num(row.maximum)))
        if row.late_seconds:
            lines.append(text("draft late", lang, deadline=when, late=duration(row.late_seconds, lang),
                              percent=num(row.percent_off), final=num(row.final), max=num(row.maximum)))
        else:
            lines.append(text("draft on time", lang, final=num(row.final), max=num(row.maximum)))
        lines += ["", text("draft attached", lang)]
    return "\n".join(lines)


def draft(row, assignment: str, deadline, grades: Path, sender: str = "") -> bytes:
    """The .eml bytes of one student's draft."""
    message = EmailMessage()
    if sender:
        message["From"] = sender
    message["To"] = formataddr((row.student.name, row.student.email))
    message["Subject"] = subject(row, assignment)
    reply_to = (row.entry or {}).get("message_id", "")
    if reply_to:
        message["In-Reply-To"] = message["References"] = reply_to
    message["X-Unsent"] = "1"
    message.set_content(body(row, assignment, deadline))
    for name in FEEDBACK_FILES if row.status == gradebook.GRADED else ():
        path = grades / "students" / row.student.student_id / name
        if path.is_file():
            message.add_attachment(path.read_text(encoding="utf-8"), filename=name)
    if message.is_multipart():  # a boundary from the content, not from random: the same grades, the same bytes
        message.set_boundary("gankit-" + hashlib.sha256(message.get_body().get_content().encode()).hexdigest()[:24])
    return message.as_bytes(policy=policy.default)


def merge_csv(rows: list, assignment: str, deadline, grades: Path) -> str:
    """A mail-merge table (one row per student) for instructors who send from a mail-merge tool."""
    table = []
    for row in rows:
        folder = grades / "students" / row.student.student_id
        attached = [str(folder / name) if row.status == gradebook.GRADED and (folder / name).is_file() else ""
                    for name in FEEDBACK_FILES]
        table.append([row.student.student_id, row.student.name, row.student.email, subject(row, assignment),
                      body(row, assignment, deadline), num(row.final), num(row.maximum), row.status, *attached])
    return csv_text(MERGE_COLUMNS, table)
