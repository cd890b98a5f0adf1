"""Gradescope: build the autograder zip (setup.sh, run_autograder, the kit, the frozen reference).

    gankit gradescope build [--out autograder.zip] [--lang ko|en]

Upload the zip on the assignment's "Configure Autograder" page (base image: Ubuntu 22.04 or
24.04). For each submission Gradescope runs run_autograder, which grades /autograder/submission
with the batch grader's sandbox and writes /autograder/results/results.json: one test per check,
with its points and the same feedback as `pytest autograder/` (docs/platforms.md).
"""
import argparse
from pathlib import Path

from gankit.errors import UserError
from gankit.i18n import current_lang
from gankit.platforms import add_lang


def add_arguments(parser):
    parser.formatter_class = argparse.RawDescriptionHelpFormatter  # keep the usage lines above as written
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    build = actions.add_parser("build", help="write the autograder zip")
    build.add_argument("--out", type=Path, default=Path("autograder.zip"), help="the zip (default: autograder.zip)")
    add_lang(build)


def run(args) -> int:
    from gankit.platforms import gradescope_zip

    if args.out.is_dir():
        raise UserError(f"--out {args.out} is a folder: name the zip, e.g. {args.out / 'autograder.zip'}")
    lang = current_lang(args.lang)
    sizes = gradescope_zip.build(args.out, lang)
    kit = sum(size for name, size in sizes.items() if name.startswith("gankit/"))
    print(f"wrote {args.out}: {len(sizes)} files, {args.out.stat().st_size / 1024:.0f} KB "
          f"(setup.sh, run_autograder, constraints.txt, gankit/ {kit / 1024:.0f} KB, autograder/ with reference.json); "
          f"feedback in {lang}")
    print("next: Gradescope > the assignment > Configure Autograder > upload it (base image Ubuntu 22.04 or 24.04)")
    return 0
