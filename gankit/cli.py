"""The `gankit` command: one subcommand per verb, each in its own module."""
import argparse
import importlib
import sys

from gankit.errors import UserError

# subcommand -> module with add_arguments(parser) and run(args) -> exit code
COMMANDS = {
    "release": "gankit.release.cli",
    "handout": "gankit.release.handout_cli",
    "train": "gankit.training.cli",
    "evaluate": "gankit.evaluation.cli",
    "report": "gankit.reporting.cli",
    "collect": "gankit.inbox.collect",
    "grade": "gankit.grading.cli",
    "return": "gankit.inbox.handback",
    "submit": "gankit.grading.submit",
    "course": "gankit.course.cli",
    "gradescope": "gankit.platforms.gradescope",
    "classroom": "gankit.platforms.classroom",
    "slides": "gankit.slides.cli",
}


def _available():
    """The subcommands whose module is present (a trimmed student release may lack some)."""
    found = {}
    for name, module in COMMANDS.items():
        try:
            found[name] = importlib.import_module(module)
        except ModuleNotFoundError as err:
            if not (err.name or "").startswith("gankit"):
                raise
    return found


def main(argv=None) -> int:
    modules = _available()
    parser = argparse.ArgumentParser(prog="gankit", description=__doc__)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module in modules.items():
        summary = (module.__doc__ or "").strip().splitlines()[0] if module.__doc__ else ""
        module.add_arguments(sub.add_parser(name, help=summary, description=module.__doc__))
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return modules[args.command].run(args) or 0
    except UserError as err:
        print(f"gankit {args.command}: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"gankit {args.command}: interrupted", file=sys.stderr)
        return 130
