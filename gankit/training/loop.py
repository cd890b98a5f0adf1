"""The training loop: the lecture's epochs of shuffled batches, each step the submission's own train_step.

Semantics kept from the lab (SPEC §1): batch 64, shuffled like DataLoader(shuffle=True), one D and
one G update per batch inside train_step, Adam(lr, betas) for each net, BCE losses, fresh z per step.
What the kit changes is only around train_step: MNIST sits in memory as one [-1, 1] tensor
(no per-image PIL transform), Adam uses its fused kernel, and the CPU thread count is measured.
"""
import time
from pathlib import Path

import torch

from gankit.data.batches import ShuffledBatches, epoch_seed
from gankit.data.mnist import load_mnist, to_unit_range
from gankit.runs import checkpoint
from gankit.runs.config import TrainConfig
from gankit.runs.folder import (CONFIG_FILE, CURVES_FILE, FINAL_GRID, LOG_FILE, SAMPLES_DIR, STEP_KEYS, epoch_grid,
                                write_json)
from gankit.training import figures, freeze_d, hardware
from gankit.training.contract import call_student, load_contract
from gankit.training.d_outputs import DOutputs
from gankit.training.interrupt import StopRequest
from gankit.training.progress import Progress
from gankit.training.trial import untouched_rng


def make_adam(params, cfg: TrainConfig, device: torch.device) -> torch.optim.Adam:
    """Adam(lr, (beta1, beta2)): the fused single-kernel version where this torch and device have it."""
    betas = (cfg.beta1, cfg.beta2)
    params = list(params)  # a failed fused attempt must not use up a generator such as G.parameters()
    if cfg.fused_adam and device.type in ("cpu", "cuda"):
        try:
            return torch.optim.Adam(params, lr=cfg.lr, betas=betas, fused=True)
        except (RuntimeError, TypeError, ValueError):  # older torch: no fused Adam for this device
            pass
    return torch.optim.Adam(params, lr=cfg.lr, betas=betas)


def train(cfg: TrainConfig, run_dir, resume: bool = False, say=print) -> dict:
    """Train G and D as cfg says, writing grids, curves, the log and checkpoints into run_dir.

    Returns the training log (also RUN_DIR/train_log.json). torch's thread count is restored after.
    """
    threads_before = torch.get_num_threads()
    try:
        return _train(cfg, Path(run_dir), resume, say)
    finally:
        torch.set_num_threads(threads_before)


def _train(cfg: TrainConfig, run_dir: Path, resume: bool, say) -> dict:
    run_dir.mkdir(parents=True, exist_ok=True)
    (run_dir / SAMPLES_DIR).mkdir(exist_ok=True)
    contract = load_contract(cfg.submission or None)
    device = hardware.pick_device(cfg.device)

    mnist = load_mnist(cfg.data, download_ok=cfg.download)
    train_images = mnist.train_images[: cfg.limit] if cfg.limit else mnist.train_images
    images = to_unit_range(train_images).to(device)  # (N, 1, 28, 28) in [-1, 1]
    if mnist.is_subset:
        say(f"note: full MNIST not found, training on the {mnist.source}; see docs/training.md")

    torch.manual_seed(cfg.seed)
    G = call_student("Generator(latent_dim)", contract.Generator, cfg.latent_dim).to(device)
    D = call_student("Discriminator()", contract.Discriminator).to(device)
    opt_g = make_adam(G.parameters(), cfg, device)
    opt_d = make_adam(D.parameters(), cfg, device)
    # Fixed noise for the per-epoch grids, from its own generator: the training RNG stream is untouched.
    fixed_z = torch.randn(cfg.grid_size, cfg.latent_dim, generator=torch.Generator().manual_seed(cfg.seed))
    fixed_z = fixed_z.to(device)  # (grid_size, latent_dim)

    steps_per_epoch = -(-len(images) // cfg.batch_size)
    position = {"epoch": 0, "batch": 0, "epoch_seed": None, "step": 0}
    log = {"config": cfg.to_dict(), "data_source": mnist.source, "data_is_subset": mnist.is_subset,
           "train_images": len(images), "steps_per_epoch": steps_per_epoch, "device": str(device),
           "torch": torch.__version__, "steps": {k: [] for k in STEP_KEYS}, "epochs": [], "finished": False}
    if resume:
        saved = checkpoint.load(run_dir, device)
        G.load_state_dict(saved["G"])
        D.load_state_dict(saved["D"])
        opt_g.load_state_dict(saved["opt_g"])
        opt_d.load_state_dict(saved["opt_d"])
        position, log = saved["position"], saved["log"]
        log["config"] = cfg.to_dict()
        log["finished"] = False
        torch.set_rng_state(saved["rng"].cpu())  # map_location may have moved it to the GPU
        say(f"resuming {run_dir} at epoch {position['epoch'] + 1}, batch {position['batch']} (step {position['step']})")

    freeze = _tune(cfg, contract.train_step, G, D, opt_g, opt_d, images, device, log)
    say(f"training {contract.folder} on {device}{' with %d thread(s)' % log['threads'] if 'threads' in log else ''}: "
        f"{len(images)} images, {steps_per_epoch} steps/epoch, {cfg.epochs} epochs -> {run_dir}")
    write_json(run_dir / CONFIG_FILE, cfg.to_dict())

    d_outputs = DOutputs(D)
    stopped = False
    with StopRequest() as stop:
        for epoch in range(position["epoch"], cfg.epochs):
            if position["epoch_seed"] is None:
                position["epoch_seed"] = epoch_seed()
            batches = ShuffledBatches(images, cfg.batch_size, position["epoch_seed"], start=position["batch"])
            progress = Progress(epoch, cfg.epochs, steps_per_epoch, position["batch"], cfg.log_every)
            started, started_cpu = time.perf_counter(), time.process_time()
            for index, real_imgs in batches:
                z = torch.randn(real_imgs.size(0), cfg.latent_dim).to(device)  # (B, latent_dim), fresh each step
                d_outputs.start(real_imgs)
                if freeze:
                    freeze.thaw()
                d_loss, g_loss = call_student("train_step", contract.train_step, G, D, real_imgs, z, opt_g, opt_d)
                values = {"d_loss": float(d_loss), "g_loss": float(g_loss), **d_outputs.summary()}
                for key in STEP_KEYS:
                    log["steps"][key].append(values[key])
                position.update(batch=index + 1, step=position["step"] + 1)
                progress.update(values)
                if stop.requested or (cfg.max_steps and position["step"] >= cfg.max_steps):
                    stopped = True
                    break
            progress.close()
            # Time spent in steps only (no grids, no checkpoints), wall and CPU (all threads): for benchmarks.
            log["step_seconds"] = log.get("step_seconds", 0.0) + time.perf_counter() - started
            log["step_cpu_seconds"] = log.get("step_cpu_seconds", 0.0) + time.process_time() - started_cpu
            epoch_done = position["batch"] == steps_per_epoch
            if epoch_done:
                log["epochs"].append(_epoch_summary(log, epoch, steps_per_epoch, time.perf_counter() - started))
                _draw_grid(G, fixed_z, run_dir / epoch_grid(epoch + 1))
                position.update(epoch=epoch + 1, batch=0, epoch_seed=None)
            checkpoint.save(run_dir, G, D, opt_g, opt_d, position, log)
            if stopped:
                break
    d_outputs.remove()
    if freeze:
        freeze.remove()

    log["finished"] = position["epoch"] >= cfg.epochs
    _draw_grid(G, fixed_z, run_dir / FINAL_GRID)
    figures.save_curves(log["steps"], steps_per_epoch, run_dir / CURVES_FILE)
    write_json(run_dir / LOG_FILE, log)
    if stopped:
        say(f"stopped at step {position['step']}; continue with: gankit train --resume --out {run_dir}")
    if stop.requested:
        raise KeyboardInterrupt
    return log


def _tune(cfg: TrainConfig, step, G, D, opt_g, opt_d, images, device, log: dict):
    """The speed checks, on copies of G, D and the optimizers with the RNG stream left as it was:
    pick the CPU thread count, and attach FreezeD if it is exact for this train_step (else None)."""
    trial_imgs = images[: cfg.batch_size]  # (B, 1, 28, 28)
    trial_z = torch.randn(cfg.batch_size, cfg.latent_dim, generator=torch.Generator().manual_seed(0)).to(device)
    if device.type == "cpu":
        probe = lambda: untouched_rng(hardware.time_steps, step, G, D, opt_g, opt_d, trial_imgs, trial_z)  # noqa: E731
        log["threads"] = call_student("train_step", hardware.pick_threads, cfg.threads or log.get("threads", 0), probe)
    small = (step, G, D, opt_g, opt_d, trial_imgs[: freeze_d.CHECK_BATCH], trial_z[: freeze_d.CHECK_BATCH])
    exact = cfg.freeze_d and call_student("train_step", untouched_rng, freeze_d.is_exact, *small)
    log["freeze_d"] = bool(exact)
    return freeze_d.FreezeD(D, opt_d) if exact else None


def _epoch_summary(log: dict, epoch: int, steps_per_epoch: int, seconds: float) -> dict:
    """Means of this epoch's per-step values, and its wall time."""
    summary = {"epoch": epoch + 1, "seconds": round(seconds, 2)}
    for key in STEP_KEYS:
        tail = torch.tensor(log["steps"][key][-steps_per_epoch:], dtype=torch.float64)
        summary[key] = float(tail.nanmean()) if len(tail) else float("nan")
    return summary


@torch.no_grad()
def _draw_grid(G, fixed_z, path: Path):
    """Save G(fixed_z) as a PNG grid; G is put back in train mode afterwards."""
    was_training = G.training
    G.eval()
    figures.save_grid(G(fixed_z), path)  # G(z): (grid_size, 1, 28, 28)
    G.train(was_training)
