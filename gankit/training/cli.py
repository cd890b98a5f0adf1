"""Train the week-1 GAN (your code in a student package, else the instructor solution; or --submission DIR) on MNIST, with grids, curves and checkpoints.

Defaults are the lecture's (batch 64, Adam lr 2e-4, 10 epochs, latent 100) except Adam's betas,
(0.5, 0.999) instead of torch's (0.9, 0.999); pass --beta1 0.9 for the lecture's exact setting.
"""
from pathlib import Path

from gankit import paths
from gankit.errors import UserError
from gankit.i18n import say
from gankit.runs.config import TrainConfig

DEFAULT_OUT = paths.DEFAULT_RUN or "runs/train"
DEFAULTS = TrainConfig()
TEXT = {
    "train.code": {"ko": "학습할 코드: {folder} (다른 폴더는 --submission 폴더), 결과: {out}",
                   "en": "training the code in {folder} (another folder: --submission DIR), into {out}"},
}


def add_arguments(parser):
    """`gankit train` flags; each default is TrainConfig's, applied in run() so --resume can keep the saved ones."""
    add = parser.add_argument
    add("--out", default=DEFAULT_OUT, help=f"run folder for grids, curves, logs, checkpoints (default {DEFAULT_OUT})")
    add("--submission", metavar="DIR", help="folder with generator.py, discriminator.py, train_step.py "
        f"(default: {paths.DEFAULT_CODE.relative_to(paths.REPO_ROOT).as_posix()})")
    add("--resume", action="store_true", help="continue the run in --out from its last checkpoint")
    add("--data", metavar="DIR", help="folder with the MNIST IDX files (default: search, see docs/training.md)")
    add("--download", action="store_true", default=None, help="let torchvision download MNIST if no copy is found")
    add("--epochs", type=int, help=f"epochs to train (default {DEFAULTS.epochs})")
    add("--batch-size", type=int, help=f"images per step (default {DEFAULTS.batch_size})")
    add("--lr", type=float, help=f"Adam learning rate of G and D (default {DEFAULTS.lr})")
    add("--beta1", type=float, help=f"Adam beta1 (default {DEFAULTS.beta1}; the lecture's torch default is 0.9)")
    add("--beta2", type=float, help=f"Adam beta2 (default {DEFAULTS.beta2})")
    add("--latent-dim", type=int, help=f"length of z (default {DEFAULTS.latent_dim})")
    add("--seed", type=int, help=f"random seed (default {DEFAULTS.seed})")
    add("--limit", type=int, metavar="N", help="train on the first N images only (default: all)")
    add("--max-steps", type=int, metavar="N", help="stop after N steps in total, with a checkpoint to resume from")
    add("--device", help="cpu, cuda, cuda:1, mps (default: auto)")
    add("--threads", type=int, help="CPU threads (default: measure and keep the fastest)")
    add("--no-fused-adam", dest="fused_adam", action="store_false", default=None,
        help="use Adam's per-parameter loop instead of its fused kernel")
    add("--no-freeze-d", dest="freeze_d", action="store_false", default=None,
        help="compute D's weight gradients in G's update too (the kit skips them when that is exact)")
    add("--log-every", type=int, metavar="N",
        help=f"steps between progress lines off a terminal (default {DEFAULTS.log_every})")


def config_from_args(args, base: TrainConfig) -> TrainConfig:
    """base, with every flag the user gave replacing its value."""
    values = base.to_dict()
    for name in values:
        given = getattr(args, name, None)
        if given is not None:
            values[name] = given
    cfg = TrainConfig.from_dict(values)
    for name in ("epochs", "batch_size", "latent_dim"):
        if getattr(cfg, name) <= 0:
            raise UserError(f"--{name.replace('_', '-')} must be positive, got {getattr(cfg, name)}")
    if cfg.lr <= 0 or not (0 <= cfg.beta1 < 1 and 0 <= cfg.beta2 < 1):
        raise UserError(f"need lr > 0 and 0 <= beta < 1, got lr={cfg.lr}, betas=({cfg.beta1}, {cfg.beta2})")
    if min(cfg.limit, cfg.max_steps, cfg.threads) < 0:
        raise UserError("--limit, --max-steps and --threads cannot be negative")
    if cfg.submission:
        cfg.submission = str(Path(cfg.submission).resolve())
    return cfg


def run(args) -> int:
    from gankit.runs.folder import read_config
    from gankit.training.loop import train

    base = read_config(args.out) if args.resume else TrainConfig()
    base.max_steps = 0  # a stop point is for one invocation: --resume runs on unless given a new one
    cfg = config_from_args(args, base)
    print(say(TEXT, "train.code", folder=cfg.submission or paths.DEFAULT_CODE, out=args.out), flush=True)
    log = train(cfg, args.out, resume=args.resume)
    last = log["epochs"][-1] if log["epochs"] else None
    if last:
        print(f"done: {len(log['epochs'])} epochs, last epoch {last['seconds']:.1f} s, "
              f"d_loss {last['d_loss']:.3f}, g_loss {last['g_loss']:.3f}; next: gankit evaluate {args.out}")
    return 0
