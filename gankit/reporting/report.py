"""Build a run's report (report.md, report.html, classes.png) from its training log and metrics."""
from pathlib import Path

from gankit.errors import UserError
from gankit.reporting import page
from gankit.reporting.analysis import analyse
from gankit.reporting.messages import messages
from gankit.runs.folder import (CLASSES_PNG, CURVES_FILE, FINAL_GRID, LOG_FILE, METRICS_FILE, NEAREST_FILE, REPORT_HTML,
                                REPORT_MD, SAMPLES_DIR, epoch_grids, read_json)


def draw_classes(metrics: dict, path: Path, t: dict):
    """Bar chart of the digit-class shares of the model's samples beside real MNIST's."""
    from matplotlib.figure import Figure  # no pyplot: never a window

    fig = Figure(figsize=(6, 2.5), dpi=80)
    ax = fig.subplots()
    digits = range(10)
    ax.bar([d - 0.2 for d in digits], metrics["classes"]["model"]["histogram"], width=0.4, label="model")
    ax.bar([d + 0.2 for d in digits], metrics["classes"]["real"]["histogram"], width=0.4, label="real MNIST")
    ax.set_xticks(list(digits))
    ax.set_xlabel("digit")
    ax.set_ylabel("share of samples")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path)


def metric_rows(metrics: dict, t: dict) -> list:
    """[label, model, real MNIST, paper] per metric, as text; only Parzen has a paper value."""
    p = metrics["parzen"]
    pm = lambda d: f"{d['mean']:.1f} ± {d['sem']:.1f}"  # noqa: E731
    both = lambda key, fmt: [fmt(metrics[key]["model"]), fmt(metrics[key]["real"]), "–"]  # noqa: E731
    return [
        [t("parzen"), pm(p["model"]), pm(p["real"]), f"{p['paper']['mean']:.0f} ± {p['paper']['sem']:.0f}"],
        [t("fid"), *both("fid", "{:.2f}".format)],
        [t("is"), *both("inception_score", "{:.2f}".format)],
        [t("classes"), *both("classes", lambda c: str(c["covered"]))],
        [t("nn"), *both("memorisation", lambda m: f"{m['median']:.2f}")],
    ]


def build(run_dir, lang: str = None) -> list:
    """The report's blocks for run_dir (see gankit.reporting.page)."""
    run_dir = Path(run_dir)
    t = messages(lang)
    log = read_json(run_dir / LOG_FILE)
    if log is None:
        raise UserError(f"{run_dir / LOG_FILE} not found or unreadable: train first (gankit train --out {run_dir})")
    metrics = read_json(run_dir / METRICS_FILE)
    cfg = log["config"]
    blocks = [("h1", t("title", run=run_dir.name)), ("p", t("intro")), ("h2", t("setup")),
              ("p", t("setup_line", **{**cfg, "epochs_done": len(log["epochs"]),
                                              "train_images": log["train_images"], "device": log["device"]}))]
    if log.get("data_is_subset"):
        blocks.append(("p", t("subset_note")))
    if log["epochs"]:
        total = sum(e["seconds"] for e in log["epochs"])
        blocks.append(("p", t("time_line", per_epoch=total / len(log["epochs"]), total=total / 60)))
    findings = analyse(log, metrics, t) + ([] if metrics else [t("no_metrics", run=run_dir)])
    blocks += [("h2", t("analysis")), ("ul", findings)]
    blocks += [("h2", t("final_samples")), ("img", FINAL_GRID, t("final_samples"))]
    grids = epoch_grids(run_dir)
    if grids:
        blocks += [("h2", t("samples")),
                   ("gallery", [(f"{SAMPLES_DIR}/{g.name}", g.stem.replace("epoch_", "epoch ")) for g in grids])]
    blocks += [("h2", t("curves")), ("img", CURVES_FILE, t("curves"))]
    if metrics:
        draw_classes(metrics, run_dir / CLASSES_PNG, t)
        sizes = metrics["sizes"]
        blocks += [("h2", t("metrics")),
                   ("table", [t("metric"), t("model"), t("real"), t("paper")], metric_rows(metrics, t)),
                   ("p", t("parzen_note", sigma=metrics["parzen"]["model"]["sigma"], **sizes)),
                   ("p", t("classifier_line", acc=metrics["classifier"]["test_accuracy"])),
                   ("h2", t("histogram")), ("img", CLASSES_PNG, t("histogram")),
                   ("h2", t("nearest")), ("img", NEAREST_FILE, t("nearest"))]
    return blocks


def write(run_dir, lang: str = None) -> tuple:
    """Write RUN_DIR/report.md and report.html; returns their paths."""
    run_dir = Path(run_dir)
    blocks = build(run_dir, lang)
    md, html_file = run_dir / REPORT_MD, run_dir / REPORT_HTML
    md.write_text(page.to_markdown(blocks), encoding="utf-8")
    html_file.write_text(page.to_html(blocks, blocks[0][1]), encoding="utf-8")
    return md, html_file
