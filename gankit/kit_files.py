"""Which files of the kit each audience receives: explicit allow-lists, never "everything but ...".

A module added to the kit reaches no student and no grading image until it is named here, so an
instructor-only file (solutions, the quiz key, the nbgrader course, the planted bugs) cannot leak
by default. tests/test_handout.py checks that each list is exactly what its entry points import.
"""

# The course files a student works with, listed one by one like the kit's modules.
COURSE_FILES = (
    "assignments/week01_gan/generator.py", "assignments/week01_gan/discriminator.py",
    "assignments/week01_gan/train_step.py", "assignments/week01_gan/paper_summary.md",
    "autograder/conftest.py", "autograder/reference.json", "autograder/test_generator.py",
    "autograder/test_discriminator.py", "autograder/test_train_step.py",
)

# The student's kit: the self-check (autograder/conftest.py imports gankit.checks), `gankit train`,
# `gankit evaluate`, `gankit report` on the student's code, and `gankit submit`.
STUDENT_ENTRY_POINTS = (
    "gankit.__main__", "gankit.cli", "gankit.checks", "gankit.fingerprint", "gankit.training.cli",
    "gankit.evaluation.cli", "gankit.reporting.cli", "gankit.student.submit",
)
STUDENT = (
    "gankit/__init__.py", "gankit/__main__.py", "gankit/atomic.py", "gankit/cli.py", "gankit/errors.py",
    "gankit/fingerprint.py", "gankit/i18n.py", "gankit/paths.py", "gankit/submission.py", "gankit/zips.py",
    "gankit/checks/__init__.py", "gankit/checks/catalog.py", "gankit/checks/convergence.py",
    "gankit/checks/deadline.py", "gankit/checks/feedback.py", "gankit/checks/losses.py",
    "gankit/checks/messages.py", "gankit/checks/mlp.py", "gankit/checks/reference.py", "gankit/checks/scoresheet.py",
    "gankit/checks/runner.py", "gankit/checks/step.py", "gankit/checks/tensors.py", "gankit/checks/toy.py",
    "gankit/checks/wire.py",
    "gankit/data/__init__.py", "gankit/data/batches.py", "gankit/data/bundled.py", "gankit/data/dataset.py",
    "gankit/data/idx.py", "gankit/data/mnist.py",
    "gankit/data/subset/README.md", "gankit/data/subset/mnist_subset.npz",  # the bundled MNIST subset and its licence
    "gankit/evaluation/__init__.py", "gankit/evaluation/classifier.py", "gankit/evaluation/cli.py",
    "gankit/evaluation/evaluate.py", "gankit/evaluation/nearest.py", "gankit/evaluation/parzen.py",
    "gankit/evaluation/scores.py",
    "gankit/grading/__init__.py", "gankit/grading/intake.py", "gankit/grading/limits.py",
    "gankit/grading/scan.py", "gankit/markers.py",
    "gankit/reporting/__init__.py", "gankit/reporting/analysis.py", "gankit/reporting/cli.py",
    "gankit/reporting/messages.py", "gankit/reporting/page.py", "gankit/reporting/report.py",
    "gankit/reporting/summary.py",
    "gankit/runs/__init__.py", "gankit/runs/checkpoint.py", "gankit/runs/config.py", "gankit/runs/folder.py",
    "gankit/student/__init__.py", "gankit/student/messages.py", "gankit/student/submit.py",
    "gankit/training/__init__.py", "gankit/training/cli.py", "gankit/training/contract.py",
    "gankit/training/d_outputs.py", "gankit/training/figures.py", "gankit/training/freeze_d.py",
    "gankit/training/hardware.py", "gankit/training/interrupt.py", "gankit/training/loop.py",
    "gankit/training/progress.py", "gankit/training/trial.py",
)

# The batch grader one submission at a time (gankit.platforms.single), shared by the two platforms.
_GRADER = (
    "gankit/__init__.py", "gankit/atomic.py", "gankit/csv_cells.py", "gankit/errors.py", "gankit/fingerprint.py", "gankit/i18n.py",
    "gankit/paths.py", "gankit/submission.py",
    "gankit/checks/__init__.py", "gankit/checks/catalog.py", "gankit/checks/convergence.py",
    "gankit/checks/deadline.py", "gankit/checks/feedback.py", "gankit/checks/losses.py",
    "gankit/checks/messages.py", "gankit/checks/mlp.py", "gankit/checks/reference.py", "gankit/checks/scoresheet.py",
    "gankit/checks/runner.py", "gankit/checks/step.py", "gankit/checks/tensors.py", "gankit/checks/toy.py",
    "gankit/checks/wire.py",
    "gankit/grading/__init__.py", "gankit/grading/exports.py", "gankit/grading/intake.py",
    "gankit/grading/limits.py", "gankit/grading/messages.py", "gankit/grading/sandbox.py",
    "gankit/grading/scan.py", "gankit/grading/session.py", "gankit/grading/settings.py",
    "gankit/grading/state.py", "gankit/grading/grade_one.py", "gankit/grading/worker.py",
    "gankit/platforms/__init__.py", "gankit/platforms/messages.py", "gankit/platforms/single.py",
)

# The GitHub Classroom template repository adds what its workflow runs: `gankit classroom check`.
CLASSROOM_ENTRY_POINTS = (*STUDENT_ENTRY_POINTS, "gankit.platforms.classroom")
CLASSROOM = tuple(sorted({*STUDENT, *_GRADER, "gankit/platforms/classroom.py", "gankit/platforms/classroom_check.py"}))

# The Gradescope autograder zip: run_autograder runs `python -m gankit.platforms.gradescope_run`.
GRADESCOPE_ENTRY_POINTS = ("gankit.platforms.gradescope_run",)
GRADESCOPE = tuple(sorted({*_GRADER, "gankit/platforms/gradescope_run.py"}))
