"""Grade a folder of submissions (one sub-folder or zip per student) in sandboxed workers.

    gankit grade SUBMISSIONS_DIR --out GRADES_DIR [--jobs N] [--checks IDS] [--regrade ID ...]

Writes GRADES_DIR/gradebook.csv, summary.md and students/<id>/ (feedback.ko.txt, feedback.en.txt,
results.json, record.json). Re-running resumes: finished students are kept, never overwritten.
"""
import os
import queue
import sys
import tempfile
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from pathlib import Path

from gankit.errors import UserError
from gankit.grading import dask_executor, limits, sandbox
from gankit.i18n import LANGS

NO_SANDBOX_WARNING = ("WARNING: --no-sandbox: graded without bubblewrap, student code runs as plain processes "
                      "that can read every file this user can read (other students' submissions, solutions/).")
HIDDEN_PYTHON_WARNING = (" Python is installed under {folder}, which other users cannot enter: student code "
                         "(run as an unprivileged uid) cannot import modules the grader did not load first.")


def add_arguments(parser):
    parser.add_argument("submissions", type=Path, help="folder with one sub-folder or .zip per student")
    parser.add_argument("--out", type=Path, required=True, help="grades folder (created; resumed if it exists)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="submissions graded at once "
                        "(default: the number of cores)")
    parser.add_argument("--checks", default="", help="comma-separated check ids or groups (generator, "
                        "discriminator, losses, step, convergence); default: all")
    parser.add_argument("--lang", choices=LANGS, default=None, help="language of results.json "
                        "(feedback is written in both; default: $GANKIT_LANG or ko)")
    parser.add_argument("--regrade", action="append", default=[], metavar="ID",
                        help="grade this student again (the earlier result goes to backup/); repeatable")
    parser.add_argument("--force", action="store_true", help="GRADES_DIR was graded with other settings: "
                        "back those grades up and start over")
    parser.add_argument("--reference", choices=("frozen", "solutions"), default="frozen",
                        help="compare with autograder/reference.json (default) or recompute it from solutions/")
    parser.add_argument("--no-sandbox", action="store_true", help="grade as plain processes, without bubblewrap: "
                        "student code can then read every file you can (docs/grading.md); without this option "
                        "`gankit grade` refuses to run where bubblewrap is not usable")
    parser.add_argument("--require-sandbox", action="store_true", help="with --scheduler: refuse Dask workers "
                        "that cannot start bubblewrap")
    parser.add_argument("--check-seconds", type=float, default=None,
                        help="cap on every check's time limit (default: each check's own)")
    parser.add_argument("--submission-seconds", type=float, default=limits.SUBMISSION_SECONDS,
                        help=f"time limit of all checks of one submission (default {limits.SUBMISSION_SECONDS:g})")
    parser.add_argument("--memory-mib", type=int, default=limits.MEMORY_MIB,
                        help=f"memory limit of one check's processes (default {limits.MEMORY_MIB})")
    dask_executor.add_arguments(parser)


def run(args) -> int:
    from gankit.grading import exports, intake
    from gankit.atomic import write_atomic
    from gankit.grading.settings import Settings, parse_checks
    from gankit.grading.state import GradesFolder
    from gankit.grading.messages import SANDBOX_PROBLEM_KEYS, SANDBOX_PROBLEMS
    from gankit.i18n import current_lang, say

    if args.jobs < 1:
        raise UserError("--jobs must be at least 1")
    settings = Settings(checks=parse_checks(args.checks), lang=current_lang(args.lang), check_seconds=args.check_seconds,
                        submission_seconds=args.submission_seconds, memory_mib=args.memory_mib,
                        sandbox=not args.no_sandbox, reference=args.reference)
    isolation = settings.isolation()
    on_cluster = dask_executor.wanted(args)  # isolation is then the workers', checked by each of them
    if not (isolation.sandbox or on_cluster or args.no_sandbox):
        state = sandbox.bwrap_state()
        raise UserError(say(SANDBOX_PROBLEMS, SANDBOX_PROBLEM_KEYS[state.problem], settings.lang, detail=state.detail))
    warning = "" if isolation.sandbox or on_cluster else NO_SANDBOX_WARNING
    if warning and isolation.own_uid and sandbox.hidden_interpreter():
        warning += HIDDEN_PYTHON_WARNING.format(folder=sandbox.hidden_interpreter())
    if warning:
        print(warning, file=sys.stderr)
    submissions, skipped = intake.discover(args.submissions)
    unknown = sorted(set(args.regrade) - {student for student, _ in submissions})
    if unknown:
        raise UserError(f"--regrade: no submission for {', '.join(unknown)}")
    expected = _expected(settings)
    grades = GradesFolder(args.out, settings.fingerprint(expected), force=args.force)
    try:
        todo = _plan(grades, submissions, args.regrade)
        print(f"gankit grade: {len(submissions)} submissions, {len(todo)} to grade, {args.jobs} at once, "
              f"isolation {isolation.name}" + (f"; not submissions: {', '.join(skipped)}" if skipped else ""))
        started = time.monotonic()
        if on_cluster:
            graded = dask_executor.grade_all(todo, settings, expected, grades, scheduler=args.scheduler,
                                            workers=args.dask_workers, upload=args.upload,
                                            require_sandbox=args.require_sandbox)
        else:
            graded = _grade_all(todo, settings, expected, grades, args.jobs)
    finally:
        finished = grades.all_finished()
        write_atomic(args.out / "gradebook.csv", exports.gradebook_csv(finished, list(settings.checks)))
        write_atomic(args.out / "summary.md", exports.summary_md(finished, settings.lang, isolation.name, warning))
        grades.close()
    print(f"gankit grade: graded {graded} in {time.monotonic() - started:.0f} s; {len(finished)} students in "
          f"{args.out / 'gradebook.csv'}, {args.out / 'summary.md'}")
    return 0


def _expected(settings) -> dict:
    from gankit.checks import reference

    if settings.reference == "solutions":
        return reference.compute(checks=settings.selected())  # the instructor's code, in this process
    return reference.load()


def _plan(grades, submissions, regrade) -> list:
    """The submissions still to grade: new ones, and --regrade ones. A finished student whose files
    changed is kept as graded, with a note: an earlier grade is never replaced silently."""
    from gankit.grading import intake

    todo = []
    for student, path in submissions:
        done = grades.finished(student)
        if done is None or student in regrade:
            todo.append((student, path))
            continue
        with tempfile.TemporaryDirectory() as scratch:
            if intake.stage(student, path, Path(scratch)).sha256 != done["sha256"]:
                print(f"  {student}: changed since it was graded; kept the earlier grade "
                      f"(--regrade {student} to grade it again)")
    return todo


def _grade_all(todo, settings, expected, grades, jobs) -> int:
    """Grade in `jobs` threads, each driving one sandboxed worker; save each student as it finishes."""
    from gankit.grading import exports
    from gankit.grading.session import Worker, WorkerError
    from gankit.grading.grade_one import grade_one

    workers = queue.Queue()
    pool = [Worker(settings.isolation(), settings.memory_mib) for _ in range(min(jobs, len(todo)))]
    for worker in pool:
        workers.put(worker)
    stop = threading.Event()  # set on Ctrl-C or a broken worker: results graded after it are not saved

    def grade(student, path):
        worker = workers.get()
        try:
            result = grade_one(student, path, settings, expected, worker)
        finally:
            workers.put(worker)
        if not stop.is_set():
            grades.save(student, exports.student_files(result, settings.lang))
        return result

    count = 0
    executor = ThreadPoolExecutor(max_workers=max(1, len(pool)))
    try:
        pending = {executor.submit(grade, student, path) for student, path in todo}
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                result = future.result()
                count += 1
                print(f"  [{count:>{len(str(len(todo)))}}/{len(todo)}] {result['student']:<24} "
                      f"{exports.total(result):g}/{exports.maximum(result):g}  ({result['seconds']:.1f} s)")
    except WorkerError as err:
        raise UserError(str(err)) from None
    finally:
        stop.set()
        executor.shutdown(wait=False, cancel_futures=True)
        for worker in pool:
            worker.stop()  # kills running sandboxes: their threads end and save nothing
        executor.shutdown(wait=True)
        for worker in pool:
            worker.remove()
    return count
