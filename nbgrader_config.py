"""nbgrader configuration of the gankit course: this folder is the course root (docs/course.md).

Run the instructor cycle with `gankit course ...`: it calls nbgrader with the kit's virtual
environment on PATH (nbgrader runs `alembic` and the kernel as subprocesses) and reports what
nbgrader itself leaves silent. Every setting below names the pitfall it handles.
"""
import os
from pathlib import Path

from nbgrader.converters import GenerateAssignment, GenerateFeedback
from nbgrader.preprocessors import ClearHiddenTests, ClearMarkScheme, ClearSolutions

from gankit.course.layout import ASSIGNMENT, COURSE_ID
from gankit.course.stubs import NamedStubs
from gankit.course.timeouts import CellTimeouts
from gankit.markers import MD_STUB
from gankit.submission import MODULES

c = get_config()  # noqa: F821 - defined by traitlets when nbgrader loads this file
ROOT = Path(__file__).resolve().parent

c.CourseDirectory.root = str(ROOT)  # wherever nbgrader is started from
c.CourseDirectory.course_id = COURSE_ID
# A shared JupyterHub sets GANKIT_EXCHANGE=/srv/nbgrader/exchange; one machine keeps it in the course.
c.Exchange.root = os.environ.get("GANKIT_EXCHANGE", str(ROOT / "exchange"))

# Student version: the same stubs as assignments/ (named NotImplementedError), and the summary
# template's "write here" line in the paper summary's answer cells.
c.GenerateAssignment.preprocessors = [
    NamedStubs if step is ClearSolutions else step for step in GenerateAssignment.class_traits()["preprocessors"].default()
]
c.ClearSolutions.text_stub = MD_STUB

# A student's cell still running after 60 s is interrupted (reported by `gankit course autograde`) and
# the notebook goes on; the kit's locked cells (setup, tests) get 240 s, above every check's own limit.
# `gankit course autograde --cell-timeout N` sets the students' limit.
c.Execute.timeout_func = CellTimeouts()

# Autograde copies the instructor's files over the student's: never over the contract's modules,
# should an instructor ever put solution files next to the source notebook.
c.Autograde.exclude_overwriting = {ASSIGNMENT: [f"{name}.py" for name in MODULES] + ["paper_summary.md"]}

# Feedback is rendered from the autograded notebook, which has the hidden tests and the graders' rubric
# back in: strip both again (the hidden tests' verdicts, the students' feedback, stay).
c.GenerateFeedback.preprocessors = [
    *GenerateFeedback.class_traits()["preprocessors"].default(), ClearHiddenTests, ClearMarkScheme,
]
