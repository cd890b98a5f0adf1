"""Grades per student and per graded cell, as CSV: an nbgrader export plugin.

    nbgrader export --exporter gankit.course.export.CellCsvExportPlugin --to grades_by_cell.csv

nbgrader's own CSV has one total per student; this one has a row per student and grade cell
(test cells named after the autograder's checks, quiz cells, summary cells), so that a grader
sees which check cost what and which answers still wait for a human. Each row also names the
checks fingerprint it was graded with (gankit.fingerprint), as every grader of the kit does.
"""
import csv

from nbgrader.api import MissingEntry
from nbgrader.plugins import ExportPlugin

from gankit.fingerprint import fingerprint

COLUMNS = ("student_id", "notebook", "cell", "kind", "score", "max_score", "needs_manual_grade", "checks_fingerprint")


def cell_kind(grade) -> str:
    """auto: a cell the kernel scores (the tests); manual: the summary's answers and the writing task."""
    return "manual" if grade.cell.cell_type == "markdown" else "auto"


class CellCsvExportPlugin(ExportPlugin):
    """One CSV row per (student, grade cell): score, max score and whether a human must still grade it."""

    def export(self, gradebook) -> None:
        dest, checks = self.to or "grades_by_cell.csv", fingerprint()
        with open(dest, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(COLUMNS)
            for assignment in gradebook.assignments:
                if self.assignment and assignment.name not in self.assignment:
                    continue
                for student in gradebook.students:
                    if self.student and student.id not in self.student:
                        continue
                    try:
                        submission = gradebook.find_submission(assignment.name, student.id)
                    except MissingEntry:
                        continue  # nothing submitted: nbgrader's grades.csv lists the zero
                    for notebook in submission.notebooks:
                        for grade in sorted(notebook.grades, key=lambda g: g.name):
                            writer.writerow([student.id, notebook.name, grade.name, cell_kind(grade),
                                             f"{grade.score:g}", f"{grade.max_score:g}", int(grade.needs_manual_grade), checks])
        self.log.info("Exported grades per cell to %s", dest)
