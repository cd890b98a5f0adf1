"""The slides' figures, drawn off-screen from recorded data: the reference runs' table and curve
records, the autograder's reference data (the solution's ring samples) and the paper's loss formulas."""
from pathlib import Path

import numpy as np

from gankit.checks import convergence
from gankit.i18n import say
from gankit.reporting.analysis import SATURATED_G_LOSS
from gankit.slides.marp import KOREAN_FONT
from gankit.slides.texts import SETTING_KEYS, SLIDES

DPI = 150  # sharp on a 1280 x 720 slide, a few hundred kB per figure
FONTS = [KOREAN_FONT, "DejaVu Sans"]  # Hangul from fonts-noto-cjk, the rest from matplotlib's own
SETTING_COLOURS = {"lecture-betas": "#c0392b", "kit-betas": "#2471a3"}


def _register_korean_font() -> None:
    """Make fonts-noto-cjk known to matplotlib when its font cache predates the font's install."""
    from matplotlib import font_manager

    if not any(font.name == FONTS[0] for font in font_manager.fontManager.ttflist):
        for path in font_manager.findSystemFonts():
            if Path(path).name.startswith("NotoSansCJK-"):
                font_manager.fontManager.addfont(path)


def figure(width: float, height: float):
    """A pyplot-free figure (nothing can open a window) with the slides' fonts."""
    import matplotlib
    from matplotlib.figure import Figure

    _register_korean_font()
    matplotlib.rcParams.update({"font.family": FONTS, "font.size": 13, "axes.unicode_minus": False})
    return Figure(figsize=(width, height), dpi=DPI)


def save(fig, path: Path) -> Path:
    fig.savefig(path, bbox_inches="tight", pad_inches=0.05)
    return path


def gradient_sizes(path: Path) -> Path:
    """|d loss / d logit| of G's two losses against D(G(z)): log(1 - D) gives D, -log D gives 1 - D."""
    d_fake = np.logspace(-4, 0, 200)[:-1]  # D(G(z)) from 1e-4 up to (not including) 1
    fig = figure(5.2, 3.6)
    ax = fig.subplots()
    ax.plot(d_fake, d_fake, color="#c0392b", linewidth=2.5, label=r"$\log(1 - D(G(z)))$")
    ax.plot(d_fake, 1 - d_fake, color="#2471a3", linewidth=2.5, label=r"$-\log D(G(z))$")
    ax.set_xscale("log")
    ax.set_xlabel(r"$D(G(z))$")
    ax.set_ylabel(r"$|\partial\,\mathrm{loss} / \partial\,\mathrm{logit}|$")
    ax.legend(loc="center left", fontsize=14)
    ax.grid(alpha=0.3)
    return save(fig, path)


def saturation_chart(reference, path: Path, lang: str) -> Path:
    """Each run's last-epoch g_loss (log scale) against the saturation threshold, with the epoch D saturated."""
    runs = reference.runs
    fig = figure(10.0, 3.8)
    ax = fig.subplots()
    x = np.arange(len(runs))
    ax.bar(x, [run.last_g_loss for run in runs], color=[SETTING_COLOURS.get(run.setting, "grey") for run in runs])
    ax.axhline(SATURATED_G_LOSS, color="black", linestyle="--", linewidth=1)
    ax.text(len(runs) - 0.5, SATURATED_G_LOSS * 1.08, say(SLIDES, "results.chart.threshold", lang), ha="right")
    for i, run in enumerate(runs):
        label = (say(SLIDES, "results.chart.saturated", lang, epoch=run.saturated_epoch) if run.saturated_epoch
                 else say(SLIDES, "results.chart.never", lang))
        ax.text(i, run.last_g_loss * 1.12, label, ha="center", va="bottom", fontsize=11)  # two lines: neighbours never overlap
    ax.set_yscale("log")
    ax.set_ylim(1, max(run.last_g_loss for run in runs) * 2.5)
    ax.set_xticks(x, [f"{say(SLIDES, SETTING_KEYS[run.setting], lang)}\n"
                      f"{say(SLIDES, 'results.chart.seed', lang)} {run.seed}" for run in runs])
    ax.set_ylabel(say(SLIDES, "results.chart.g_loss", lang))
    ax.grid(axis="y", alpha=0.3)
    return save(fig, path)


# The curve records' series on the slide: (row, series name, label, colour). Row 0: the losses, with
# the saturation threshold; row 1: D's outputs on real and on generated images (before D's update).
CURVE_LINES = ((0, "d_loss", "d_loss", "#7d3c98"), (0, "g_loss", "g_loss", "#d35400"),
               (1, "d_x", "D(x)", "#1e8449"), (1, "d_g_z1", "D(G(z))", "#2c3e50"))


def curves_figure(curves: dict, lang: str):
    """The figure of loss_curves: one column per setting (curves: setting -> curve record), losses above
    and D's outputs below, against epochs."""
    fig = figure(11.0, 4.4)
    axes = fig.subplots(2, len(curves), sharex=True, sharey="row", squeeze=False)  # (2, settings)
    for column, (setting, record) in enumerate(curves.items()):
        epochs = np.asarray(record["step"]) / record["steps_per_epoch"]  # (points,)
        for row, name, label, colour in CURVE_LINES:
            axes[row, column].plot(epochs, record["series"][name], color=colour, linewidth=2, label=label)
        axes[0, column].axhline(SATURATED_G_LOSS, color="black", linestyle="--", linewidth=1.2,
                                label=say(SLIDES, "results.curves.threshold", lang, threshold=SATURATED_G_LOSS))
        saturated = next((n for n, g in enumerate(record["epoch_means"]["g_loss"], start=1) if g > SATURATED_G_LOSS),
                         0)
        state = (say(SLIDES, "results.chart.saturated", lang, epoch=saturated) if saturated
                 else say(SLIDES, "results.chart.never", lang))
        betas = f"({record['betas'][0]:g}, {record['betas'][1]:g})"
        axes[0, column].set_title(f"{say(SLIDES, SETTING_KEYS[setting], lang)} {betas}: {state}", fontsize=16,
                                  color=SETTING_COLOURS.get(setting, "black"))
        axes[1, column].set_xlabel(say(SLIDES, "results.curves.epoch", lang), fontsize=14)
        axes[1, column].set_ylim(0, 1)
        for ax in axes[:, column]:
            ax.grid(alpha=0.3)
            ax.tick_params(labelsize=13)
    axes[0, 0].set_ylabel(say(SLIDES, "results.curves.losses", lang), fontsize=14)
    axes[1, 0].set_ylabel(say(SLIDES, "results.curves.outputs", lang), fontsize=14)
    # The last column is the kit's, whose curves stay low in the loss row and off the middle in D's row.
    axes[0, -1].legend(loc="upper right", fontsize=12)
    axes[1, -1].legend(loc="center right", fontsize=12)
    return fig


def loss_curves(curves: dict, path: Path, lang: str) -> Path:
    """The recorded runs' d_loss, g_loss, D(x) and D(G(z)) side by side, the saturation threshold marked."""
    return save(curves_figure(curves, lang), path)


def ring(samples, path: Path, lang: str) -> Path:
    """The convergence check's GANs (GROUPS x (SAMPLES, 2) points) on the 8-Gaussian ring, mode centres marked."""
    fig = figure(12.0, 3.4)
    centres = convergence.centres()
    limit = convergence.RADIUS * 1.6
    for n, (ax, points) in enumerate(zip(fig.subplots(1, len(samples)), samples), start=1):
        points = np.asarray(points)
        rate, counts = convergence.coverage(points)
        covered = int((counts >= convergence.MIN_MODE_SHARE * len(points)).sum())
        ax.scatter(points[:, 0], points[:, 1], s=2, alpha=0.35, color="#2471a3", rasterized=True)
        ax.scatter(centres[:, 0], centres[:, 1], marker="x", s=60, color="#c0392b")
        ax.set(xlim=(-limit, limit), ylim=(-limit, limit), xticks=[], yticks=[], aspect="equal")
        ax.set_title(say(SLIDES, "results.ring.panel", lang, n=n, covered=covered, rate=f"{rate:.0%}"), fontsize=13)
    return save(fig, path)
