"""PNG figures of a run: sample grids and loss curves, drawn off-screen (never a window, never blocking)."""
import math
from pathlib import Path

import numpy as np

GRID_PAD = 2  # pixels of black between digits
SMOOTHING = 50  # steps in the moving average drawn over the raw per-step curves
# Plot labels are the paper's symbols, the same in Korean and English (and need no Hangul font).
LABELS = {"d_loss": "d_loss (D)", "g_loss": "g_loss (G)", "d_x": "D(x)", "d_g_z1": "D(G(z))"}


def mosaic(images, cols: int = 0) -> np.ndarray:
    """(N, 1, H, W) tensor or array in [-1, 1] -> (rows*(H+pad), cols*(W+pad)) uint8 image (near-square
    unless cols is given)."""
    x = np.asarray(images.detach().cpu() if hasattr(images, "detach") else images, dtype=np.float32)
    x = ((x[:, 0] + 1) * 127.5).clip(0, 255).astype(np.uint8)  # (N, H, W) in 0..255
    n, h, w = x.shape
    cols = cols or math.ceil(math.sqrt(n))
    rows = math.ceil(n / cols)
    out = np.zeros((rows * (h + GRID_PAD) + GRID_PAD, cols * (w + GRID_PAD) + GRID_PAD), dtype=np.uint8)
    for i in range(n):
        r, c = divmod(i, cols)
        top, left = GRID_PAD + r * (h + GRID_PAD), GRID_PAD + c * (w + GRID_PAD)
        out[top: top + h, left: left + w] = x[i]
    return out


def save_grid(images, path: Path, cols: int = 0) -> Path:
    """Write images (N, 1, H, W) in [-1, 1] as one grayscale PNG grid."""
    from PIL import Image  # matplotlib's own dependency: always installed with it

    Image.fromarray(mosaic(images, cols)).save(path, optimize=True)  # uint8 2-D: 8-bit grayscale, small files
    return path


def moving_average(values, window: int = SMOOTHING) -> np.ndarray:
    """Trailing mean over `window` steps (shorter at the start), NaN-safe."""
    v = np.asarray(values, dtype=np.float64)
    ok = ~np.isnan(v)
    sums = np.cumsum(np.where(ok, v, 0.0))
    counts = np.cumsum(ok)
    lo = np.maximum(np.arange(len(v)) - window, -1)
    window_sum = sums - np.where(lo >= 0, sums[np.maximum(lo, 0)], 0.0)
    window_count = counts - np.where(lo >= 0, counts[np.maximum(lo, 0)], 0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return window_sum / window_count


def save_curves(steps: dict, steps_per_epoch: int, path: Path) -> Path:
    """Two panels over training steps: d_loss and g_loss, then D(x) and D(G(z)); epochs marked."""
    from matplotlib.figure import Figure  # no pyplot: nothing can open a window

    fig = Figure(figsize=(8, 6), dpi=80)
    loss_ax, prob_ax = fig.subplots(2, 1, sharex=True)
    for ax, keys in ((loss_ax, ("d_loss", "g_loss")), (prob_ax, ("d_x", "d_g_z1"))):
        for key in keys:
            raw = steps.get(key, [])
            line, = ax.plot(raw, alpha=0.25, linewidth=0.5)
            ax.plot(moving_average(raw), color=line.get_color(), label=LABELS[key])
        for epoch_end in range(steps_per_epoch, len(steps.get("d_loss", [])), steps_per_epoch):
            ax.axvline(epoch_end, color="grey", linewidth=0.5, linestyle=":")
        ax.legend(loc="upper right")
        ax.grid(alpha=0.3)
    loss_ax.set_ylabel("BCE loss")
    prob_ax.set_ylabel("mean D output")
    prob_ax.set_ylim(-0.02, 1.02)
    prob_ax.set_xlabel("step (dotted: epoch ends)")
    fig.tight_layout()
    fig.savefig(path)
    return path
