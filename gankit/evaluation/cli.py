"""Evaluate a trained run: the paper's Parzen-window log-likelihood, classifier FID/IS, classes, memorisation.

Writes RUN_DIR/metrics.json and RUN_DIR/nearest.png and prints each number beside real MNIST's
and the paper's (Goodfellow et al. 2014, Table 1: GAN 225 ± 2).
"""
from gankit.errors import UserError


def add_arguments(parser):
    from gankit.i18n import LANGS
    from gankit.runs.folder import run_dir_argument

    parser.add_argument("run_dir", **run_dir_argument(), help="a folder written by `gankit train --out RUN_DIR`")
    parser.add_argument("--samples", type=int, default=10_000, help="generated samples (paper: 10,000)")
    parser.add_argument("--valid", type=int, default=1_000,
                        help="validation images choosing Parzen's sigma (paper code: 1,000)")
    parser.add_argument("--test", type=int, default=10_000,
                        help="test images scored by the Parzen window (paper: 10,000)")
    parser.add_argument("--nearest", type=int, default=1_000, help="samples searched against all training images")
    parser.add_argument("--data", metavar="DIR", help="MNIST folder (default: the run's, else the search order)")
    parser.add_argument("--device", default="cpu", help="device for G's sampling (default cpu)")
    parser.add_argument("--lang", choices=LANGS,
                        help="language of the printed summary (default: $GANKIT_LANG, else ko)")


def summary_lines(metrics: dict, t: dict) -> list:
    """The printed table: the report's metric rows, in aligned columns, then the classifier's accuracy."""
    from gankit.reporting.report import metric_rows

    rows = [[t("metric"), t("model"), t("real"), t("paper")]] + metric_rows(metrics, t)
    width = max(len(row[0]) for row in rows)
    return [f"{r[0]:<{width}}  {r[1]:>14}  {r[2]:>14}  {r[3]:>9}" for r in rows] + [
        t("classifier_line", acc=metrics["classifier"]["test_accuracy"])]


def run(args) -> int:
    from pathlib import Path

    from gankit.evaluation.evaluate import Sizes, evaluate
    from gankit.runs.folder import METRICS_FILE
    from gankit.reporting.messages import messages

    sizes = Sizes(args.samples, args.valid, args.test, args.nearest)
    if min(vars(sizes).values()) <= 0:
        raise UserError("--samples, --valid, --test and --nearest must be positive")
    if not Path(args.run_dir).is_dir():
        raise UserError(f"run folder not found: {args.run_dir} (train first: gankit train --out {args.run_dir})")
    metrics = evaluate(args.run_dir, sizes, data=args.data, device=args.device)
    t = messages(args.lang)
    print("\n".join(summary_lines(metrics, t)))
    print(t("eval_done", path=Path(args.run_dir) / METRICS_FILE, run=args.run_dir))
    return 0
