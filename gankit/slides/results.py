"""The recorded reference runs, read back from the table bench/reference_runs.py writes.

docs/reference_results.md (one row per setting and seed, plus real MNIST), the sample grids in
docs/img/ and the curve records in docs/reference_curves/ (each run's binned losses and D outputs
with their own provenance) are what the full 10-epoch runs left in the repository; the runs
themselves (runs/) are not committed. The slides draw their results from here, so a rerun of the
reference updates them.
"""
import json
import re
from dataclasses import dataclass
from pathlib import Path

from gankit import paths
from gankit.errors import UserError
from gankit.i18n import say
from gankit.slides.texts import SETTING_KEYS, SLIDES

TABLE = paths.REPO_ROOT / "docs" / "reference_results.md"
CURVES = paths.REPO_ROOT / "docs" / "reference_curves"  # <setting>_seed<k>.json, bench/reference_runs.py
# The paper's Table 1 (Goodfellow et al. 2014), MNIST, Parzen-window log-likelihood in nats.
PAPER_TABLE1 = (("DBN", "138 ± 2"), ("Stacked CAE", "121 ± 1.6"), ("Deep GSN", "214 ± 1.1"),
                ("Adversarial nets (GAN)", "225 ± 2"))
PAPER_GAN_PARZEN = 225.0
_ROW_SETTING = re.compile(r"^(?P<name>[\w-]+) (?P<betas>\([\d.]+, [\d.]+\))$")
_PLUS_MINUS = re.compile(r"^(?P<mean>-?[\d.]+) ± (?P<sem>[\d.]+)$")
_CLASSES = re.compile(r"^(?P<covered>\d+)")
_IMAGE = re.compile(r"!\[\]\((?P<path>[^)]+)\)")


@dataclass(frozen=True)
class Run:
    """One recorded 10-epoch run."""

    setting: str  # "lecture-betas" or "kit-betas" (bench/reference_runs.py SETTINGS, texts.SETTING_KEYS)
    betas: str  # "(0.9, 0.999)"
    seed: int
    saturated_epoch: int  # first epoch whose mean g_loss > 5, 0 when D never saturated
    last_g_loss: float
    parzen: tuple  # (mean, standard error) in nats
    fid: float
    classes: int  # digit classes with >= 2% of the samples
    samples: Path  # the sample grid after the last epoch


@dataclass(frozen=True)
class Reference:
    runs: tuple  # of Run, in table order
    real_parzen: tuple  # (mean, sem) with real MNIST images as the "samples"
    real_fid: float
    real_classes: int

    def settings(self) -> dict:
        """setting -> its runs, in table order."""
        out = {}
        for run in self.runs:
            out.setdefault(run.setting, []).append(run)
        return out


def _cells(line: str) -> list:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _plus_minus(text: str) -> tuple:
    match = _PLUS_MINUS.match(text.replace("−", "-"))
    if not match:
        raise ValueError(f"not 'mean ± sem': {text!r}")
    return float(match["mean"]), float(match["sem"])


def _run(row: dict, table: Path) -> Run:
    setting = _ROW_SETTING.match(row["setting (betas)"])
    image = _IMAGE.search(row["samples"])
    if not (setting and image and setting["name"] in SETTING_KEYS):
        raise ValueError(f"unexpected setting or samples cell: {row['setting (betas)']}, {row['samples']}")
    saturated = row["D saturated"]
    return Run(setting=setting["name"], betas=setting["betas"], seed=int(row["seed"]),
               saturated_epoch=0 if saturated == "no" else int(saturated),
               last_g_loss=float(row["last-epoch g_loss"]), parzen=_plus_minus(row["Parzen LL"]),
               fid=float(row["FID"]), classes=int(_CLASSES.match(row["classes"])["covered"]),
               samples=table.parent / image["path"])


def load(table: Path = TABLE) -> Reference:
    """The runs of the recorded table; a one-line error when it is missing or not in the expected layout."""
    try:
        lines = [line for line in table.read_text(encoding="utf-8").splitlines() if line.startswith("|")]
        header = _cells(lines[0])
        rows = [dict(zip(header, _cells(line))) for line in lines[2:]]
        runs = tuple(_run(row, table) for row in rows if not row["setting (betas)"].startswith("real"))
        real = next(row for row in rows if row["setting (betas)"].startswith("real"))
        reference = Reference(runs, _plus_minus(real["Parzen LL"]), float(real["FID"]),
                              int(_CLASSES.match(real["classes"])["covered"]))
    except FileNotFoundError:
        raise UserError(say(SLIDES, "cli.no_table", None, path=table)) from None
    except (IndexError, KeyError, StopIteration, ValueError) as err:
        raise UserError(say(SLIDES, "cli.bad_table", None, path=table, err=err)) from None
    missing = [str(run.samples) for run in reference.runs if not run.samples.is_file()]
    if missing or not reference.runs:
        raise UserError(say(SLIDES, "cli.no_grids", None, path=table, missing=", ".join(missing) or "-"))
    return reference


def load_curves(folder: Path = CURVES) -> dict:
    """setting -> the curve record of its lowest recorded seed (bench/reference_runs.py curve_record), for
    every setting of the slides; a one-line error when one is missing or unreadable."""
    curves = {}
    try:
        for path in sorted(folder.glob("*_seed*.json"), key=lambda p: int(p.stem.rsplit("_seed", 1)[1])):
            record = json.loads(path.read_text(encoding="utf-8"))
            if record["setting"] in SETTING_KEYS and record["setting"] not in curves:
                curves[record["setting"]] = record
    except (KeyError, ValueError) as err:
        raise UserError(say(SLIDES, "cli.bad_curves", None, path=folder, err=err)) from None
    missing = [setting for setting in SETTING_KEYS if setting not in curves]
    if missing:
        raise UserError(say(SLIDES, "cli.no_curves", None, path=folder, missing=", ".join(missing)))
    return {setting: curves[setting] for setting in SETTING_KEYS}  # the slides' order: lecture, then kit
