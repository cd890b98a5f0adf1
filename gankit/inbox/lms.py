"""The class gradebook as CSV files: the complete one, and the two an LMS imports without editing.

Canvas (Grades > Import): the columns of Canvas's own gradebook export, Student, ID, SIS User ID,
SIS Login ID, Section, then one column per assignment; students are matched by SIS User ID (the
roster's student id), and a new column header creates a new assignment. Moodle (Grades > Import >
CSV file): any header row; the import page maps one identifying column ("Email address" to
useremail) and maps the grade and feedback columns to the grade item. Sources: docs/inbox.md.
"""
from gankit.inbox import gradebook
from gankit.csv_cells import csv_text
from gankit.inbox.texts import duration, text

CLASS_COLUMNS = ("student_id", "name", "email", "section", "status", "sent", "late_by", "late_percent_off",
                 "auto_points", "auto_max", "summary_points", "summary_max", "raw_points", "max_points",
                 "final_points", "submission", "detail")
CANVAS_ID_COLUMNS = ("Student", "ID", "SIS User ID", "SIS Login ID", "Section")
MOODLE_ID_COLUMNS = ("ID number", "Email address", "Full name")


def class_csv(rows: list, lang: str) -> str:
    """Every enrolled student: status, lateness, each part of the points, raw and final."""
    return csv_text(CLASS_COLUMNS, [[
        row.student.student_id, row.student.name, row.student.email, row.student.section,
        text(gradebook.STATUS_TEXT[row.status], lang), row.entry["sent"] if row.entry else "",
        duration(row.late_seconds, lang) if row.late_seconds else "", num(row.percent_off),
        num(row.auto), num(row.auto_max), num(row.manual) + ("?" if row.manual_pending else ""),
        num(row.manual_max), num(row.raw), num(row.maximum), num(row.final),
        row.entry["file"] if row.entry else "", row.entry["detail"] if row.entry else ""] for row in rows])


def canvas_csv(rows: list, assignment: str) -> str:
    """Canvas's gradebook import: final points in the assignment's column (empty: not graded yet)."""
    return csv_text((*CANVAS_ID_COLUMNS, assignment), [
        [row.student.name, "", row.student.student_id, "", row.student.section, num(row.final)] for row in rows])


def moodle_csv(rows: list, assignment: str, lang: str) -> str:
    """Moodle's grade import: an identifying column, the grade, and a feedback line for the same item
    (Moodle replaces a grade whose feedback is imported without it, so both are always given)."""
    return csv_text((*MOODLE_ID_COLUMNS, assignment, f"{assignment} feedback"), [
        [row.student.student_id, row.student.email, row.student.name, num(row.final), summary(row, lang)]
        for row in rows])


def summary(row, lang: str) -> str:
    """One line for the student: status, then raw points and the late penalty when there is one."""
    parts = [text(gradebook.STATUS_TEXT[row.status], lang)]
    if row.status == gradebook.GRADED:
        parts.append(f"{num(row.raw)}/{num(row.maximum)}")
    parts.append(text("late by", lang, late=duration(row.late_seconds, lang), percent=num(row.percent_off))
                 if row.late_seconds else text("late none", lang))
    return "; ".join(parts) if row.status in (gradebook.GRADED, gradebook.NOT_GRADED) else parts[0]


def num(value) -> str:
    return "" if value is None else f"{value:g}"
