"""Checkpoints: everything needed to continue a run bit for bit (weights, Adam state, RNG, position)."""
from pathlib import Path

import torch

from gankit.atomic import save_torch_atomic
from gankit.errors import UserError
from gankit.runs.folder import CHECKPOINT, GENERATOR_WEIGHTS


def save(run_dir: Path, G, D, opt_g, opt_d, position: dict, log: dict):
    """Write RUN_DIR/checkpoint.pt (atomically: a crash mid-write leaves the previous one) and generator.pt."""
    state = {
        "G": G.state_dict(), "D": D.state_dict(),
        "opt_g": opt_g.state_dict(), "opt_d": opt_d.state_dict(),
        "rng": torch.get_rng_state(),
        "position": position,  # {"epoch", "batch" (next batch index), "epoch_seed", "step"}
        "log": log,
    }
    save_torch_atomic(state, run_dir / CHECKPOINT)
    save_torch_atomic(G.state_dict(), run_dir / GENERATOR_WEIGHTS)


def load(run_dir: Path, device) -> dict:
    """The checkpoint of run_dir, tensors on `device` (the RNG state stays on the CPU)."""
    path = run_dir / CHECKPOINT
    if not path.is_file():
        raise UserError(f"nothing to resume: {path} does not exist (start without --resume)")
    try:
        return torch.load(path, map_location=device, weights_only=False)
    except Exception as err:  # a truncated or foreign file: pickle, zip or torch errors
        raise UserError(f"cannot read checkpoint {path}: {err}") from None


def load_generator(run_dir: Path, G, device):
    """Fill G with the weights of run_dir/generator.pt."""
    path = run_dir / GENERATOR_WEIGHTS
    if not path.is_file():
        raise UserError(f"{path} not found: train first (gankit train --out {run_dir})")
    try:
        G.load_state_dict(torch.load(path, map_location=device, weights_only=True))
    except Exception as err:  # wrong architecture or a damaged file
        raise UserError(f"cannot load {path} into the Generator: {str(err).splitlines()[0]}") from None
    return G
