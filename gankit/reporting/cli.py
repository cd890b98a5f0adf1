"""Write a results page for a run (RUN_DIR/report.md and report.html): grids, curves, metrics, analysis.

The page is for the "my results" section of paper_summary.md; Korean by default, --lang en for English.
"""


def add_arguments(parser):
    from pathlib import Path

    from gankit.i18n import LANGS
    from gankit.runs.folder import run_dir_argument

    parser.add_argument("run_dir", **run_dir_argument(),
                        help="a folder written by `gankit train` (and ideally `gankit evaluate`)")
    parser.add_argument("--lang", choices=LANGS, help="language of the page (default: $GANKIT_LANG, else ko)")
    parser.add_argument("--summary", type=Path, metavar="PAPER_SUMMARY_MD",
                        help="also fill the 'my results' section (§8) of this paper_summary.md")


def run(args) -> int:
    from pathlib import Path

    from gankit.errors import UserError
    from gankit.reporting.messages import messages
    from gankit.reporting import summary
    from gankit.reporting.report import build, write

    run_dir = Path(args.run_dir)
    if not run_dir.is_dir():
        raise UserError(f"run folder not found: {run_dir} (train first: gankit train --out {run_dir})")
    t = messages(args.lang)
    for path in write(run_dir, args.lang):
        print(t("written", path=path))
    if args.summary:
        summary.fill(args.summary, summary.block(build(run_dir, args.lang), run_dir, args.summary))
        print(t("written", path=args.summary))
    return 0
