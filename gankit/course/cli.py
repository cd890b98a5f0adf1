"""The nbgrader course cycle: build, generate, release, collect, autograde, feedback, export, validate.

    gankit course build                  # source/week01_gan/week01_gan.ipynb from solutions/
    gankit course generate               # nbgrader's student version in release/ (+ the gradebook)
    gankit course release                # to the exchange, for `nbgrader fetch_assignment`
    gankit course collect [--from DIR]   # exchange submissions, or DIR/<student id>/ (.ipynb or .py)
    gankit course autograde              # run the test cells into gradebook.db; report per student
    gankit course feedback [--release]   # feedback/ HTML without the hidden tests' source
    gankit course export                 # grades.csv (nbgrader) and grades_by_cell.csv
    gankit course validate [NOTEBOOK]    # exits 1 when a test cell fails (nbgrader validate exits 0)
    gankit course cycle [--from DIR]     # generate → release → collect → autograde → feedback → export

Every command works on the course folder given by --course (default: this repository).
"""
import argparse
import time
from pathlib import Path

from gankit.course.layout import ASSIGNMENT, COURSE_ID, REPO_COURSE, Course
from gankit.errors import UserError
from gankit.i18n import LANGS

NBGRADER_STACK = ("nbgrader", "nbformat", "nbclient", "nbconvert", "traitlets", "jupyter_client")  # gankit[course]


def add_arguments(parser):
    parser.formatter_class = argparse.RawDescriptionHelpFormatter  # keep the command list above as written
    parser.add_argument("--course", type=Path, default=REPO_COURSE.root,
                        help="course folder with nbgrader_config.py and source/ (default: the repository)")
    parser.add_argument("--verbose", action="store_true", help="show nbgrader's log")
    steps = parser.add_subparsers(dest="step", metavar="STEP", required=True)
    steps.add_parser("build", help="write the source notebook from solutions/")
    steps.add_parser("generate", help="nbgrader generate_assignment: the student version in release/")
    steps.add_parser("release", help="nbgrader release_assignment: the student version to the exchange")
    _from_option(steps.add_parser("collect", help="collect submissions into submitted/"))
    _grading_options(steps.add_parser("autograde", help="nbgrader autograde into gradebook.db, then a report"))
    steps.add_parser("feedback", help="nbgrader generate_feedback (hidden tests stripped)").add_argument(
        "--release", action="store_true", help="also release the feedback to the exchange")
    steps.add_parser("export", help="grades.csv and grades_by_cell.csv").add_argument(
        "--out", type=Path, default=None, help="folder for the two CSV files (default: the course folder)")
    validate = steps.add_parser("validate", help="run a notebook's tests; exit 1 if any fails")
    validate.add_argument("notebooks", nargs="*", type=Path, help="notebooks (default: the source notebook)")
    _kernel_options(validate)
    cycle = steps.add_parser("cycle", help="generate, release, collect, autograde, feedback and export in one go")
    _from_option(cycle)
    _grading_options(cycle)


def _from_option(parser):
    parser.add_argument("--from", dest="source", type=Path, default=None,
                        help="also collect DIR/<student id>/ folders (a notebook or the .py files)")


def _kernel_options(parser):
    parser.add_argument("--cell-timeout", type=int, default=None,
                        help="seconds before a student's cell is stopped (default: nbgrader_config.py's, 60)")
    parser.add_argument("--lang", choices=LANGS, default=None,
                        help="language of the test cells' feedback (default: $GANKIT_LANG or ko)")


def _grading_options(parser):
    _kernel_options(parser)
    parser.add_argument("--student", default=None, help="only this student id")


def run(args) -> int:
    steps = {"generate": _generate, "release": _release, "collect": _collect, "autograde": _autograde,
             "feedback": _feedback, "export": _export, "validate": _validate, "cycle": _cycle}
    try:
        return _build() if args.step == "build" else steps[args.step](Course.at(args.course), args)
    except ModuleNotFoundError as err:
        if err.name.split(".")[0] not in NBGRADER_STACK:
            raise
        raise UserError(f"{err.name} is not installed: pip install 'gankit[course]' (needs Python 3.11+)") from None


def _build() -> int:
    from gankit.course import notebook

    print(f"wrote {notebook.write()}")
    return 0


def _call(course, args, method: str, *params) -> dict:
    """One NbGraderAPI call (one `nbgrader` command) on the course; a UserError with the end of the log
    when it fails."""
    from gankit.course.nbgrader_app import api, succeeded

    with api(course) as nbgrader:
        return succeeded(_logged(args, getattr(nbgrader, method)(*params)), method)


def _logged(args, result: dict) -> dict:
    if args.verbose:
        print(result.get("log", ""), end="")
    return result


def _generate(course, args) -> int:
    _call(course, args, "generate_assignment", ASSIGNMENT)
    print(f"wrote {course.notebook('release')}")
    return 0


def _release(course, args) -> int:
    from gankit.course.nbgrader_app import exchange_root

    exchange = exchange_root(course)
    exchange.mkdir(parents=True, exist_ok=True)
    _call(course, args, "release_assignment", ASSIGNMENT)
    print(f"released {ASSIGNMENT} to the exchange {exchange}")
    return 0


def _collect(course, args) -> int:
    from gankit.course.collect import collect_folder
    from gankit.course.nbgrader_app import exchange_root

    if (exchange_root(course) / COURSE_ID).is_dir():
        _call(course, args, "collect", ASSIGNMENT)
    if args.source is not None:
        for student, found in collect_folder(course, args.source):
            print(f"{student}: {found}")
    print(f"submitted: {', '.join(course.students('submitted')) or 'none'}")
    return 0


def _autograde(course, args) -> int:
    """Each student on their own: a notebook nbgrader cannot run must not stop the others."""
    from gankit.course.nbgrader_app import api, failure_reason
    from gankit.course.results import collect_results

    students = [args.student] if args.student else course.students("submitted")
    errors = {}
    with api(course, args.cell_timeout, args.lang) as nbgrader:
        for student in students:
            result = _logged(args, nbgrader.autograde(ASSIGNMENT, student))
            if not result.get("success"):
                errors[student] = failure_reason(result)
    for result in collect_results(course, students):
        print(result.line(errors.get(result.student)))
    return 1 if errors else 0


def _feedback(course, args) -> int:
    _call(course, args, "generate_feedback", ASSIGNMENT)
    if args.release:
        _call(course, args, "release_feedback", ASSIGNMENT)
    print(f"feedback: {', '.join(course.students('feedback')) or 'none'} in {course.root / 'feedback'}")
    return 0


def _export(course, args) -> int:
    from nbgrader.plugins import CsvExportPlugin

    from gankit.course.export import CellCsvExportPlugin
    from gankit.course.nbgrader_app import gradebook

    out = (args.out or course.root).resolve()
    out.mkdir(parents=True, exist_ok=True)
    with gradebook(course) as book:  # the plugins `nbgrader export` runs, in this process
        for plugin, name in ((CsvExportPlugin, "grades.csv"), (CellCsvExportPlugin, "grades_by_cell.csv")):
            plugin(to=str(out / name)).export(book)
            print(f"wrote {out / name}")
    return 0


def _validate(course, args) -> int:
    from gankit.course.validate import format_problems, validate

    failed = 0
    for notebook in args.notebooks or [course.notebook("source")]:
        problems = validate(course, notebook, args.cell_timeout, args.lang)
        print(f"{'FAIL' if problems else 'PASS'} {notebook}")
        if problems:
            print(format_problems(problems))
            failed += 1
    return 1 if failed else 0


def _cycle(course, args) -> int:
    started = time.monotonic()
    args.release, args.out = False, None
    _generate(course, args)
    _release(course, args)
    _collect(course, args)
    status = _autograde(course, args)  # a student nbgrader could not grade: still feedback and export the others
    _feedback(course, args)
    _export(course, args)
    print(f"cycle done in {time.monotonic() - started:.0f} s")
    return status
