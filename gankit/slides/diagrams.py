"""G and D as block diagrams with the shape after every block, drawn from the autograder's reference
data (the solution's layers, as the `generator.layers` and `*.activations` probes recorded them)."""
import math
from pathlib import Path

from gankit.slides.figures import figure, save

BOX_W, GAP, BOX_H = 1.75, 0.42, 1.5  # inches: six boxes and five arrows fill a 16:9 slide's width
INPUT_COLOUR, LAYER_COLOUR, RESHAPE_COLOUR = "#fdebd0", "#d6eaf8", "#e8e8e8"
ACTIVATIONS = {"relu": "ReLU", "tanh": "Tanh", "sigmoid": "Sigmoid", "leaky_relu": "LeakyReLU({slope:g})"}


def _activation(kind: str, slope) -> str:
    return ACTIVATIONS[kind].format(slope=round(slope or 0, 3))


def _shape(*dims) -> str:
    return "(" + ", ".join(["N", *map(str, dims)]) + ")"


def generator_blocks(layers: dict, activations: dict, img_shape) -> list:
    """[(colour, text)] for G: z, each Linear with its activation, then the reshape to images."""
    linears = layers["linears"]
    blocks = [(INPUT_COLOUR, f"z\n{_shape(linears[0][0])}")]
    for (fan_in, fan_out), (kind, slope) in zip(linears, activations["acts"]):
        blocks.append((LAYER_COLOUR, f"Linear\n{fan_in} → {fan_out}\n{_activation(kind, slope)}\n{_shape(fan_out)}"))
    return blocks + [(RESHAPE_COLOUR, f"view\n\n{_shape(*img_shape)}")]


def discriminator_blocks(layers: dict, activations: dict, img_shape) -> list:
    """[(colour, text)] for D: the image, the flatten, then each Linear with its activation."""
    blocks = [(INPUT_COLOUR, f"x\n{_shape(*img_shape)}"), (RESHAPE_COLOUR, f"flatten\n\n{_shape(math.prod(img_shape))}")]
    for (fan_in, fan_out), (kind, slope) in zip(layers["linears"], activations["acts"]):
        blocks.append((LAYER_COLOUR, f"Linear\n{fan_in} → {fan_out}\n{_activation(kind, slope)}\n{_shape(fan_out)}"))
    return blocks


def draw(blocks, path: Path) -> Path:
    """The blocks left to right, joined by arrows."""
    from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

    width = len(blocks) * BOX_W + (len(blocks) - 1) * GAP
    fig = figure(width, BOX_H + 0.1)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set(xlim=(0, width), ylim=(0, BOX_H + 0.1))
    ax.axis("off")
    for i, (colour, text) in enumerate(blocks):
        left = i * (BOX_W + GAP)
        ax.add_patch(FancyBboxPatch((left + 0.05, 0.05), BOX_W - 0.1, BOX_H - 0.1, boxstyle="round,pad=0.02",
                                    facecolor=colour, edgecolor="#34495e", linewidth=1.5))
        ax.text(left + BOX_W / 2, 0.05 + (BOX_H - 0.1) / 2, text, ha="center", va="center", fontsize=15,
                linespacing=1.35)
        if i:
            ax.add_patch(FancyArrowPatch((left - GAP + 0.03, BOX_H / 2), (left + 0.03, BOX_H / 2),
                                         arrowstyle="-|>", mutation_scale=22, linewidth=2, color="#34495e"))
    return save(fig, path)
