"""Where courses already grade: Gradescope and GitHub Classroom (a Dask cluster is an executor of
`gankit grade` itself: gankit.grading.dask_executor).

Each platform reuses the batch grader (gankit.grading): student code runs only in its sandboxed
worker, its probe records are judged in a trusted process, and what the platform receives is
built from those plain-data results. Modules: single (one submission, as `gankit grade` grades
it), gradescope / gradescope_zip / gradescope_run, classroom / classroom_check, messages. Nothing here imports torch, dask or the checks at import time.
"""
import argparse
import sys

from gankit.errors import UserError
from gankit.i18n import LANGS


def add_lang(parser) -> None:
    """--lang: the language of what students are shown."""
    parser.add_argument("--lang", choices=LANGS, default=None,
                        help="language of the students' feedback (default: $GANKIT_LANG, else ko)")


def standalone(name: str, module, argv=None) -> int:
    """Run a platform command as `python -m MODULE` ("gankit NAME" in its messages): the same
    options and one-line errors as a `gankit` subcommand, without importing the kit's other
    commands (a grading image installs only torch and numpy)."""
    parser = argparse.ArgumentParser(prog=f"gankit {name}", description=module.__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    module.add_arguments(parser)
    args = parser.parse_args(argv)
    try:
        return module.run(args) or 0
    except UserError as err:
        print(f"gankit {name}: error: {err}", file=sys.stderr)
        return 2
