"""Gradescope's side of the autograder: grade ROOT/submission, write ROOT/results/results.json.

    python -m gankit.platforms.gradescope_run [--root /autograder] [--lang ko|en]

The zip's run_autograder calls this for every submission (ROOT is /autograder on Gradescope;
$GANKIT_GRADESCOPE_ROOT moves it, for trying the zip elsewhere). The student's code runs only in
the batch grader's worker; results.json is written by this trusted process once every check is
over and every process of the student's code is dead, replacing whatever was there: nothing the
submission writes or prints can stand in for it. stdout goes to instructors only.
"""
import os
import time
from pathlib import Path

from gankit.errors import UserError
from gankit.i18n import current_lang
from gankit.platforms import add_lang, single
from gankit.platforms.messages import say

ROOT_ENV = "GANKIT_GRADESCOPE_ROOT"
DEFAULT_ROOT = Path("/autograder")
STUDENT = "submission"  # the name in the feedback: Gradescope itself knows who submitted
STRONGEST = "bwrap+uid"  # the batch grader's best isolation; anything else is noted for instructors


def add_arguments(parser):
    parser.add_argument("--root", type=Path, default=Path(os.environ.get(ROOT_ENV) or DEFAULT_ROOT),
                        help=f"Gradescope's folder with submission/ and results/ (default: ${ROOT_ENV} or /autograder)")
    add_lang(parser)


def run(args) -> int:
    from gankit.atomic import write_atomic
    from gankit.checks import scoresheet

    lang = current_lang(args.lang)
    submission, results = args.root / "submission", args.root / "results"
    if not submission.is_dir():
        raise UserError(f"no submission folder at {submission} (set ${ROOT_ENV} to grade outside Gradescope)")
    results.mkdir(parents=True, exist_ok=True)
    (results / "results.json").unlink(missing_ok=True)  # a results.json from before this run never stands for it
    started = time.monotonic()
    record = single.grade(source(submission), STUDENT, lang)
    payload = results_json(record, lang, time.monotonic() - started)
    write_atomic(results / "results.json", scoresheet.results_text(payload))
    _tell_instructors(record, payload)
    return 0


def source(submission: Path) -> Path:
    """What to grade: the folder Gradescope filled, or the one zip in it when it holds no module file
    (a student who uploaded the zip that `gankit submit` packs, unextracted)."""
    from gankit.grading.intake import MODULE_FILES

    for _, _, names in os.walk(submission):  # never follows links to folders
        if set(names) & set(MODULE_FILES):
            return submission
    zips = [path for path in submission.iterdir() if path.suffix.lower() == ".zip" and path.is_file()
            and not path.is_symlink()]
    return zips[0] if len(zips) == 1 else submission


def results_json(record: dict, lang: str, seconds: float) -> dict:
    """Gradescope's results.json: gankit.checks.scoresheet's, plus a top-level output with the score and
    the notes about the upload."""
    import torch

    from gankit import fingerprint, i18n
    from gankit.checks import scoresheet
    from gankit.grading import exports

    payload = scoresheet.gradescope(single.results(record), lang, seconds, record["fingerprint"])
    lines = [say("score", lang, points=f"{exports.total(record):g}", max=f"{exports.maximum(record):g}"),
             i18n.say(fingerprint.TEXT, "fingerprint.line", lang, fingerprint=record["fingerprint"])]
    notes = single.notes(record, lang)
    if notes:
        lines += ["", say("notes", lang), *(f"- {note}" for note in notes)]
    payload["output"] = "\n".join([*lines, "", say("self_check", lang)])
    payload["extra_data"].update(isolation=record["isolation"], sha256=record["sha256"], torch=torch.__version__)
    return payload


def _tell_instructors(record: dict, payload: dict) -> None:
    import gankit

    print(f"gankit autograder: {payload['score']:g} points in {payload['execution_time']:.1f} s; "
          f"isolation {record['isolation']}; kit {Path(gankit.__file__).parent}; torch {payload['extra_data']['torch']}")
    if record["isolation"] != STRONGEST:
        print("gankit autograder: bubblewrap could not start in this container, so student code ran as plain "
              "processes (an unprivileged uid of its own where the grader is root, with the same time, memory and "
              "process limits) that can read this image's files: see docs/platforms.md, 'Gradescope'.")


if __name__ == "__main__":
    import sys

    from gankit.platforms import standalone

    sys.exit(standalone("gradescope run", sys.modules[__name__]))
