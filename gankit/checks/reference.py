"""The reference data every judge compares against: the probes run on the instructor solution.

It is computed from solutions/ (trusted code) and frozen into autograder/reference.json by
`gankit release`, so a student copy of the autograder needs no solution. `tests/` regenerates it
and fails on drift.
"""
import json

import torch

from gankit import paths
from gankit.checks import runner, wire
from gankit.checks.catalog import CHECKS
from gankit.errors import UserError
from gankit.submission import Submission

FORMAT = 1  # bump when probe data changes shape; old files are then refused


def compute(solution_dir=paths.SOLUTION_DIR, checks=CHECKS) -> dict:
    """check id -> the reference's probe data; fails loudly if the solution itself fails a probe."""
    sub = Submission(solution_dir)
    data = {}
    for check in checks:
        record = runner.probe(check, sub)
        if "error" in record:
            raise RuntimeError(f"the reference solution fails probe {check.id}: {record['error']}")
        data[check.id] = record["data"]
    return data


def save(data: dict, path=paths.REFERENCE_FILE) -> None:
    payload = {"format": FORMAT, "torch": torch.__version__, "checks": wire.encode(data)}
    path.write_text(json.dumps(payload, allow_nan=False, separators=(",", ":")) + "\n", encoding="utf-8")


def load(path=paths.REFERENCE_FILE) -> dict:
    """The frozen reference; a clear error when it is missing or stale."""
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"no reference data at {path}: run `gankit release` (instructors)") from None
    if payload.get("format") != FORMAT:
        raise UserError(f"{path} was written by another kit version: run `gankit release` (instructors)")
    data = wire.decode(payload["checks"])
    missing = [check.id for check in CHECKS if check.id not in data]
    if missing:
        raise UserError(f"{path} lacks checks {', '.join(missing)}: run `gankit release` (instructors)")
    return data
