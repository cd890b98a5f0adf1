"""Write a results page for a run (RUN_DIR/report.md and report.html): grids, curves, metrics, analysis.

The page is for the "my results" section of paper_summary.md; Korean by default, --lang en for English.
"""


def add_arguments(parser):
    from gankit.i18n import LANGS

    parser.add_argument("run_dir", help="a folder written by `gankit train` (and ideally `gankit evaluate`)")
    parser.add_argument("--lang", choices=LANGS, help="language of the page (default: $GANKIT_LANG, else ko)")


def run(args) -> int:
    from pathlib import Path

    from gankit.errors import UserError
    from gankit.reporting.messages import messages
    from gankit.reporting.report import write

    if not Path(args.run_dir).is_dir():
        raise UserError(f"run folder not found: {args.run_dir} (train first: gankit train --out {args.run_dir})")
    t = messages(args.lang)
    for path in write(args.run_dir, args.lang):
        print(t["written"].format(path=path))
    return 0
