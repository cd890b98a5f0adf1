"""Gradescope: build the autograder zip (setup.sh, run_autograder, the kit, the frozen reference).

    gankit gradescope build [--out autograder.zip] [--lang ko|en]

Upload the zip on the assignment's "Configure Autograder" page (base image: Ubuntu 22.04 or
24.04). For each submission Gradescope runs run_autograder, which grades /autograder/submission
with the batch grader's sandbox and writes /autograder/results/results.json: one test per check,
with its points and the same feedback as `pytest autograder/` (docs/platforms.md).
"""
from pathlib import Path

from gankit.i18n import LANGS, current_lang


def add_arguments(parser):
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    build = actions.add_parser("build", help="write the autograder zip")
    build.add_argument("--out", type=Path, default=Path("autograder.zip"), help="the zip (default: autograder.zip)")
    build.add_argument("--lang", choices=LANGS, default=None,
                       help="language of the students' feedback (default: $GANKIT_LANG or ko)")


def run(args) -> int:
    from gankit.platforms import gradescope_zip

    lang = current_lang(args.lang)
    sizes = gradescope_zip.build(args.out, lang)
    kit = sum(size for name, size in sizes.items() if name.startswith("gankit/"))
    print(f"wrote {args.out}: {len(sizes)} files, {args.out.stat().st_size / 1024:.0f} KB "
          f"(setup.sh, run_autograder, constraints.txt, gankit/ {kit / 1024:.0f} KB, autograder/ with reference.json); "
          f"feedback in {lang}")
    print("next: Gradescope > the assignment > Configure Autograder > upload it (base image Ubuntu 22.04 or 24.04)")
    return 0
