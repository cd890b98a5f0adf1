"""GitHub Classroom: the autograding workflow for student repositories, and the step it runs.

    gankit classroom init DIR [--lang ko|en] [--force]   # DIR/.github/workflows/classroom.yml
    gankit classroom check [--submission DIR] [--lang]   # what the workflow runs on every push

DIR is the assignment's template repository (`gankit handout` writes one with this workflow in it). The workflow installs
the kit with CPU-only torch, runs `gankit classroom check`, and hands one test per check to
GitHub Classroom's autograding reporter, so Classroom shows each student's points out of 100.
"""
import argparse
import os
from pathlib import Path

from gankit import paths
from gankit.errors import UserError
from gankit.i18n import current_lang
from gankit.platforms import add_lang

TEMPLATE = Path(__file__).resolve().parent / "templates" / "classroom.yml"
WORKFLOW = Path(".github") / "workflows" / "classroom.yml"
SUBMISSION = Path("assignments") / paths.ASSIGNMENT  # the students' folder, relative to their repository
# What a student repository needs for the workflow: the package to install and the frozen reference.
NEEDED = ("pyproject.toml", "constraints.txt", "autograder/reference.json")


def add_arguments(parser):
    parser.formatter_class = argparse.RawDescriptionHelpFormatter  # keep the usage lines above as written
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="write .github/workflows/classroom.yml into a template repository")
    init.add_argument("repo", type=Path, help="the assignment's template repository (gankit handout writes one)")
    add_lang(init)
    init.add_argument("--force", action="store_true", help="replace a different classroom.yml")
    check = actions.add_parser("check", help="grade a folder and report the points to GitHub Classroom")
    check.add_argument("--submission", type=Path, default=paths.SKELETON_DIR,
                       help="the student's folder (default: assignments/week01_gan)")
    add_lang(check)


def run(args) -> int:
    return _init(args) if args.action == "init" else _check(args)


def workflow(lang: str) -> str:
    return TEMPLATE.read_text(encoding="utf-8").replace("@SUBMISSION@", SUBMISSION.as_posix()).replace("@LANG@", lang)


def _init(args) -> int:
    from gankit.atomic import write_atomic

    repo = args.repo
    if not repo.is_dir():
        raise UserError(f"repository folder not found: {repo}")
    if (repo / "solutions").exists():
        raise UserError(f"{repo} holds solutions/: students would see the answers; make the template repository "
                        "with `gankit handout --out DIR` (DIR/week01_gan-classroom/)")
    missing = [name for name in NEEDED if not (repo / name).is_file()]
    if missing:
        raise UserError(f"{repo} is not a copy of the kit (missing {', '.join(missing)}): the workflow installs "
                        "the kit from the repository and grades against autograder/reference.json")
    text, target = workflow(current_lang(args.lang)), repo / WORKFLOW
    if target.is_file() and target.read_text(encoding="utf-8") != text and not args.force:
        raise UserError(f"{target} exists and differs; pass --force to replace it")
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, text)
    print(f"wrote {target}")
    print("next: commit and push it, then in GitHub Classroom create the assignment from this template repository; "
          "every push is graded and Classroom shows the points (docs/platforms.md)")
    return 0


def _check(args) -> int:
    from gankit.grading import exports
    from gankit.platforms import classroom_check, single

    if not args.submission.is_dir():
        raise UserError(f"submission folder not found: {args.submission}")
    lang = current_lang(args.lang)
    student = os.environ.get("GITHUB_REPOSITORY", "").rsplit("/", 1)[-1] or args.submission.name
    record = single.grade(args.submission, student, lang)
    print(exports.feedback_text(record, single.results(record), lang))
    print(classroom_check.publish(record, lang))
    return 0
