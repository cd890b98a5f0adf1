"""Per-cell time limits for nbgrader's kernel: the student's cells get a short one, the kit's a long one.

A student cell that never ends (a training loop left in, `while True`) is interrupted after
`student_seconds` and the notebook goes on; the kit's locked cells (setup, test cells) keep a limit
above every check's own: a check stops a hanging submission itself, with a message that says so.
"""
from dataclasses import dataclass

STUDENT_SECONDS = 60  # defining G, D and the losses takes milliseconds; a minute leaves room for slow machines
# Above the longest probe limit (convergence.ring: 120 s, gankit.checks.catalog) plus the setup cell's
# imports; tests/test_course_cells.py keeps it there.
KIT_SECONDS = 240


@dataclass(frozen=True)
class CellTimeouts:
    """nbclient's timeout_func: seconds to wait for one cell (nbgrader config: Execute.timeout_func)."""

    student_seconds: int = STUDENT_SECONDS
    kit_seconds: int = KIT_SECONDS

    def __call__(self, cell) -> int:
        locked = cell.get("metadata", {}).get("nbgrader", {}).get("locked", False)
        return self.kit_seconds if locked else self.student_seconds
