"""The run folder's layout: every file's name and what it holds, in one place.

    RUN_DIR/config.json          the TrainConfig the run was started with (--resume restores it)
    RUN_DIR/train_log.json       config, data source, device, per-step STEP_KEYS, per-epoch means, timings
    RUN_DIR/checkpoint.pt        weights, Adam states, RNG state, position and log (gankit.runs.checkpoint)
    RUN_DIR/generator.pt         G's state_dict alone: what evaluation loads
    RUN_DIR/samples/epoch_NN.png G(fixed z) after epoch NN
    RUN_DIR/samples.png          G(fixed z) at the end
    RUN_DIR/losses.png           loss curves and D's outputs
    RUN_DIR/metrics.json         `gankit evaluate`: model and real-MNIST scores side by side
    RUN_DIR/nearest.png          `gankit evaluate`: samples above their nearest training images
    RUN_DIR/report.md, report.html, classes.png   `gankit report`

`gankit train` writes through this module; evaluation and reporting read through it.
"""
import json
from pathlib import Path

from gankit import paths
from gankit.atomic import write_atomic
from gankit.errors import UserError
from gankit.runs.config import TrainConfig

CONFIG_FILE = "config.json"
LOG_FILE = "train_log.json"
CHECKPOINT = "checkpoint.pt"
GENERATOR_WEIGHTS = "generator.pt"
SAMPLES_DIR = "samples"
FINAL_GRID = "samples.png"
CURVES_FILE = "losses.png"
METRICS_FILE = "metrics.json"
NEAREST_FILE = "nearest.png"
REPORT_MD = "report.md"
REPORT_HTML = "report.html"
CLASSES_PNG = "classes.png"

STEP_KEYS = ("d_loss", "g_loss", "d_x", "d_g_z1", "d_g_z2")  # train_log.json's per-step series
# metrics.json's classes.covered: the digits with at least this share of the samples (a fair share is 10%)
COVERAGE_MIN_SHARE = 0.02


def run_dir_argument() -> dict:
    """argparse options of a RUN_DIR argument: optional in a student package (their runs/mine), required
    in the repository."""
    return {"nargs": "?", "default": paths.DEFAULT_RUN} if paths.DEFAULT_RUN else {}


def epoch_grid(epoch: int) -> str:
    """The grid after epoch `epoch` (1-based), relative to the run folder: samples/epoch_01.png."""
    return f"{SAMPLES_DIR}/epoch_{epoch:02d}.png"


def epoch_grids(run_dir: Path) -> list:
    """The per-epoch grids present in run_dir, in epoch order."""
    return sorted((Path(run_dir) / SAMPLES_DIR).glob("epoch_*.png"))


def write_json(path: Path, data) -> None:
    """One of the run's JSON files, written atomically (NaN kept: a diverged loss is a result)."""
    write_atomic(Path(path), json.dumps(data, indent=1, allow_nan=True))


def read_json(path: Path):
    """A run's JSON file, or None when it is missing or unreadable."""
    path = Path(path)
    try:
        return json.loads(path.read_text()) if path.is_file() else None
    except ValueError:
        return None


def read_config(run_dir: Path) -> TrainConfig:
    """The TrainConfig a run was started with (RUN_DIR/config.json)."""
    path = Path(run_dir) / CONFIG_FILE
    try:
        return TrainConfig.from_dict(json.loads(path.read_text()))
    except (OSError, ValueError) as err:
        raise UserError(f"cannot read {path}: {err} (is {run_dir} a gankit training run?)") from None
