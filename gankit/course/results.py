"""What autograde did, per student, from the gradebook and the autograded notebooks.

nbgrader logs a student whose notebook could not be graded and moves on; a cell stopped at the
time limit only shows as an error output. This collects both, with scores and the test cells
that failed, so `gankit course autograde` can print them and fail when a student was not graded.
"""
from dataclasses import dataclass, field

import nbformat

from gankit.course import nbgrader_app
from gankit.course.layout import ASSIGNMENT

STOPPED = ("KeyboardInterrupt", "CellTimeoutError")  # how a cell interrupted at Execute.timeout ends


@dataclass
class StudentResult:
    student: str
    graded: bool  # nbgrader wrote an autograded notebook
    score: float = 0.0
    max_score: float = 0.0
    failed: list = field(default_factory=list)  # grade ids of test cells that scored 0
    stopped: list = field(default_factory=list)  # grade ids (or cell numbers) of cells stopped at the time limit
    needs_manual: int = 0  # answer cells waiting for a human grader

    def line(self, reason: str = None) -> str:
        """One report line; `reason`: why nbgrader failed on this student, if it did."""
        if not self.graded:
            return f"{self.student}: NOT GRADED: {reason or 'nbgrader could not run the notebook'}"
        text = f"{self.student}: {self.score:g}/{self.max_score:g}"
        if self.needs_manual:
            text += f", cells to grade by hand: {self.needs_manual}"
        if self.stopped:
            text += f"; stopped at the time limit: {', '.join(self.stopped)}"
        if self.failed:
            text += f"; failed: {', '.join(self.failed)}"
        return text + (f" (nbgrader: {reason})" if reason else "")


def collect_results(course, students) -> list:
    """One StudentResult per student id."""
    from nbgrader.api import MissingEntry

    results = []
    with nbgrader_app.gradebook(course) as gradebook:
        for student in students:
            path = course.notebook("autograded", student)
            try:
                submission = gradebook.find_submission(ASSIGNMENT, student)
            except MissingEntry:
                submission = None
            if submission is None or not path.is_file():
                results.append(StudentResult(student, graded=False))
                continue
            grades = [g for nb in submission.notebooks for g in nb.grades]
            results.append(StudentResult(
                student, True, submission.score, submission.max_score,
                failed=sorted(g.name for g in grades if g.failed_tests),
                stopped=_stopped_cells(nbformat.read(path, as_version=4)),
                needs_manual=sum(1 for g in grades if g.needs_manual_grade),
            ))
    return results


def _stopped_cells(nb) -> list:
    stopped = []
    for index, cell in enumerate(nb.cells, 1):
        if cell.cell_type == "code" and any(o.get("ename") in STOPPED for o in cell.get("outputs", [])):
            stopped.append(cell.metadata.get("nbgrader", {}).get("grade_id", f"cell {index}"))
    return stopped
