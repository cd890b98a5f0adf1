"""Build the deck in one language: figures and Markdown in a scratch folder, then Marp's PDF."""
import shutil
import tempfile
from pathlib import Path

from gankit.checks import reference as checks_reference
from gankit.slides import deck, diagrams, figures, marp, results

PDF_NAMES = {"ko": "week01.pdf", "en": "week01_en.pdf"}
IMG_SHAPE = (1, 28, 28)  # SPEC §2: MNIST images


def draw_figures(folder: Path, lang: str, reference, curves: dict, data: dict) -> None:
    """Every figure the deck names, into folder (the recorded sample grids are copied in)."""
    diagrams.draw(diagrams.generator_blocks(data["generator.layers"], data["generator.activations"], IMG_SHAPE),
                  folder / "generator.png")
    diagrams.draw(diagrams.discriminator_blocks(data["discriminator.layers"], data["discriminator.activations"],
                                                IMG_SHAPE), folder / "discriminator.png")
    figures.gradient_sizes(folder / "gradients.png")
    figures.saturation_chart(reference, folder / "saturation.png", lang)
    figures.loss_curves(curves, folder / "curves.png", lang)
    figures.ring(data["convergence.ring"]["samples"], folder / "ring.png", lang)
    for run in reference.runs:
        shutil.copyfile(run.samples, folder / run.samples.name)


def markdown(folder: Path, lang: str) -> Path:
    """The deck's Markdown in folder, its figures beside it."""
    reference, curves, data = results.load(), results.load_curves(), checks_reference.load()
    draw_figures(folder, lang, reference, curves, data)
    params = {"generator": data["generator.layers"]["n_params"],
              "discriminator": data["discriminator.layers"]["n_params"]}
    path = folder / "week01.md"
    path.write_text(deck.render(lang, reference, params, curves), encoding="utf-8")
    return path


def build(out: Path, lang: str, suffix: str = ".pdf") -> Path:
    """out/week01.pdf (Korean) or out/week01_en.pdf; suffix ".html" writes Marp's HTML instead."""
    out.mkdir(parents=True, exist_ok=True)
    target = out / Path(PDF_NAMES[lang]).with_suffix(suffix)
    with tempfile.TemporaryDirectory(prefix="gankit-slides-") as scratch:
        return marp.convert(markdown(Path(scratch), lang), target)
