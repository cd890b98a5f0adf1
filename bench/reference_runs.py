"""Reference results: full 10-epoch runs for several seeds with the lecture's and the kit's Adam betas.

    python bench/reference_runs.py                # train (or resume) every run, evaluate, write the table
    python bench/reference_runs.py --seeds 0 1    # fewer seeds
    python bench/reference_runs.py --table-only   # rewrite docs/reference_results.md from finished runs
    python bench/reference_runs.py --curves-only  # write only docs/reference_curves/ from finished runs

Runs go to runs/reference/<setting>_seed<k>/ (not committed); the table goes to
docs/reference_results.md, one small sample grid per setting and seed to docs/img/ and one small
curve record per finished run (its losses and D's outputs, with provenance) to docs/reference_curves/.
Each run takes minutes on a 2-core CPU: run this in the background (nohup ... &).
"""
import argparse
import datetime
import json
import math
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RUNS = REPO / "runs" / "reference"
DOCS = REPO / "docs"
TABLE = DOCS / "reference_results.md"
CURVES = DOCS / "reference_curves"
# A run logs every step (10 epochs x 938 steps); the record keeps CURVE_POINTS means of consecutive
# steps per series (47 steps each for 9,380), 4 significant digits: about 10 kB per run, and the
# mean of a bin, not one step, so the noise of single batches does not hide the trend.
CURVE_POINTS = 200
CURVE_DIGITS = 4
SETTINGS = {  # name -> (beta1, beta2)
    "lecture-betas": (0.9, 0.999),  # torch's Adam default, what the lecture code uses
    "kit-betas": (0.5, 0.999),  # the kit's default (Radford et al. 2015)
}
PAPER_PARZEN = "225 ± 2"  # Goodfellow et al. 2014, Table 1, MNIST


def gankit(*args) -> int:
    """Run `gankit ARGS` in a child process (its own torch state), echoing its output."""
    command = [sys.executable, "-m", "gankit", *args]
    print("$", " ".join(command[2:]), flush=True)
    return subprocess.call(command, cwd=REPO)


def run_dir(setting: str, seed: int) -> Path:
    return RUNS / f"{setting}_seed{seed}"


def read_json(path: Path):
    return json.loads(path.read_text()) if path.is_file() else None


def train_and_evaluate(setting: str, seed: int, threads: int):
    """Train (resuming an interrupted run) and evaluate one run, skipping finished steps."""
    out = run_dir(setting, seed)
    beta1, beta2 = SETTINGS[setting]
    log = read_json(out / "train_log.json")
    if not (log and log.get("finished")):
        resume = ["--resume"] if (out / "checkpoint.pt").is_file() else []
        gankit("train", "--out", str(out), "--seed", str(seed), "--beta1", str(beta1), "--beta2", str(beta2),
               "--threads", str(threads), "--log-every", "469", *resume)
    if not (out / "metrics.json").is_file() and (out / "generator.pt").is_file():
        gankit("evaluate", str(out))


def row(setting: str, seed: int):
    """One table row from a finished run's train_log.json and metrics.json, or None."""
    out = run_dir(setting, seed)
    log, metrics = read_json(out / "train_log.json"), read_json(out / "metrics.json")
    if not (log and log.get("finished") and metrics):
        return None
    from gankit.reporting.analysis import saturation_epoch

    seconds = sum(e["seconds"] for e in log["epochs"])
    cpu = f"{log['step_cpu_seconds'] / 60:.1f}" if "step_cpu_seconds" in log else "–"
    saturated = saturation_epoch(log)
    share = metrics["classes"]["model"]["histogram"]
    top = max(range(10), key=share.__getitem__)
    parzen = metrics["parzen"]
    grid = DOCS / "img" / f"{setting}_seed{seed}.png"
    grid.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(out / "samples.png", grid)
    return (f"| {setting} {SETTINGS[setting]} | {seed} | {seconds / 60:.1f} / {cpu} | "
            f"{saturated['epoch'] if saturated else 'no'} | {log['epochs'][-1]['g_loss']:.2f} | "
            f"{parzen['model']['mean']:.0f} ± {parzen['model']['sem']:.0f} | "
            f"{metrics['fid']['model']:.1f} | {metrics['inception_score']['model']:.2f} | "
            f"{metrics['classes']['model']['covered']} ({top}: {share[top]:.0%}) | "
            f"{metrics['memorisation']['model']['median']:.2f} | ![]({grid.relative_to(DOCS).as_posix()}) |")


def _round(x: float) -> float:
    return float(f"{x:.{CURVE_DIGITS}g}")


def curve_record(log: dict, setting: str, seed: int, date: str) -> dict:
    """The small per-run record docs/reference_curves/ keeps: log["steps"]' series (d_loss, g_loss, D(x),
    D(G(z)) before and after D's update) as means of bins of consecutive steps, the per-epoch means and
    where they come from."""
    steps = log["steps"]  # name -> one value per step
    n = len(steps["g_loss"])
    size = math.ceil(n / CURVE_POINTS)  # steps per bin; the last bin may be shorter
    bins = [(start, min(start + size, n)) for start in range(0, n, size)]
    return {
        "setting": setting, "betas": list(SETTINGS[setting]), "seed": seed, "torch": log["torch"],
        "data_source": Path(log["data_source"]).name, "data_is_subset": log["data_is_subset"],
        "epochs": len(log["epochs"]), "steps_per_epoch": log["steps_per_epoch"], "threads": log.get("threads"),
        "date": date,  # the day the run's train_log.json was last written (the log records no date)
        "steps_per_point": size,
        "step": [end for _, end in bins],  # the last step (1-based) of each bin
        "series": {name: [_round(sum(values[a:b]) / (b - a)) for a, b in bins] for name, values in steps.items()},
        "epoch_means": {name: [_round(e[name]) for e in log["epochs"]] for name in steps if name in log["epochs"][0]},
    }


def write_curves(settings, seeds) -> int:
    """docs/reference_curves/<setting>_seed<k>.json from every finished run; returns how many."""
    written = 0
    for setting in settings:
        for seed in seeds:
            path = run_dir(setting, seed) / "train_log.json"
            log = read_json(path)
            if not (log and log.get("finished")):
                continue
            date = datetime.date.fromtimestamp(path.stat().st_mtime).isoformat()
            CURVES.mkdir(parents=True, exist_ok=True)
            out = CURVES / f"{setting}_seed{seed}.json"
            out.write_text(json.dumps(curve_record(log, setting, seed, date), separators=(",", ":")) + "\n")
            print(f"wrote {out} ({out.stat().st_size / 1000:.0f} kB)")
            written += 1
    return written


def write_table(seeds):
    rows = [r for s in SETTINGS for seed in seeds if (r := row(s, seed))]
    real = next((read_json(run_dir(s, seed) / "metrics.json") for s in SETTINGS for seed in seeds
                 if (run_dir(s, seed) / "metrics.json").is_file()), None)
    lines = [
        "# Reference results (generated by bench/reference_runs.py; do not edit by hand)",
        "",
        f"Full MNIST, 10 epochs, batch 64, Adam lr 2e-4, on this 2-core CPU ({os.cpu_count()} cores seen), "
        f"1 thread, written {time.strftime('%Y-%m-%d')}. Minutes: wall / CPU time of the training steps; "
        "the machine was shared with other jobs (load average 4-8 on 2 cores), so wall time varies run to run "
        "and CPU time is the steadier figure. D saturated: first epoch whose mean g_loss = mean(-log D(G(z))) "
        f"exceeds 5. Parzen: the paper's protocol (paper: GAN {PAPER_PARZEN} nats). FID and IS use the "
        "kit's small MNIST classifier, so they compare rows, not published FIDs. Classes: digits with >= 2% "
        "of 10,000 samples (largest class and its share). NN dist: median L2 distance (pixels in [0, 1]) "
        "from a sample to its nearest training image. Loss curves: docs/reference_curves/<setting>_seed<k>.json "
        "(written with --curves-only, each with its own torch version and date); they may come from a later "
        "rerun than this table, and GAN training is chaotic: a rerun with another torch build or kit version "
        "rounds floats differently, the difference grows, and its end values differ from the row's.",
        "",
        "| setting (betas) | seed | minutes (wall / CPU) | D saturated | last-epoch g_loss | Parzen LL | FID | "
        "IS | classes | NN dist | samples |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
        *rows,
    ]
    if real:
        p, fid, score, cls, mem = (real["parzen"]["real"], real["fid"]["real"], real["inception_score"]["real"],
                                   real["classes"]["real"], real["memorisation"]["real"])
        lines += [f"| real MNIST (10k training images as samples; NN: test images) | – | – | – | – | "
                  f"{p['mean']:.0f} ± {p['sem']:.0f} | {fid:.1f} | {score:.2f} | {cls['covered']} | "
                  f"{mem['median']:.2f} | |"]
    TABLE.write_text("\n".join(lines) + "\n")
    print(f"wrote {TABLE} ({len(rows)} runs)")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument("--settings", nargs="+", choices=list(SETTINGS), default=list(SETTINGS))
    parser.add_argument("--threads", type=int, default=1, help="pinned, so every run is reproducible (default 1)")
    parser.add_argument("--table-only", action="store_true")
    parser.add_argument("--curves-only", action="store_true", help="write docs/reference_curves/ only")
    args = parser.parse_args(argv)
    if args.curves_only:
        return 0 if write_curves(args.settings, args.seeds) else 1
    if not args.table_only:
        for seed in args.seeds:
            for setting in args.settings:
                train_and_evaluate(setting, seed, args.threads)
    write_curves(args.settings, args.seeds)
    write_table(args.seeds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
