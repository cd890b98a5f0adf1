"""Read the single source (or a student's .py folder) as notebook cells: code per cell, summary per section.

The notebook's code cells are the solution files themselves; train_step.py is split in two cells,
the losses and the training step, at its top-level `def train_step`. paper_summary.md is split at
its `## N.` headings into a prompt and an answer per section.
"""
import re
from dataclasses import dataclass
from pathlib import Path

from gankit.markers import BEGIN

# notebook code cell -> (file, part): part 0/1 of train_step.py is before/from `def train_step`
CODE_CELLS = {
    "generator": ("generator.py", None),
    "discriminator": ("discriminator.py", None),
    "losses": ("train_step.py", 0),
    "train_step": ("train_step.py", 1),
}
SUMMARY = "paper_summary.md"
_STEP_DEF = re.compile(r"^def train_step\b", re.MULTILINE)
_HEADING = re.compile(r"^## (\d+)\.", re.MULTILINE)


def split_at_train_step(text: str):
    """(losses part, train_step part) of train_step.py; all in the first part if there is no `def train_step`."""
    match = _STEP_DEF.search(text)
    if match is None:
        return text.rstrip(), ""
    return text[:match.start()].rstrip(), text[match.start():].rstrip()


def code_cells(folder: Path) -> dict:
    """cell name -> source text for the notebook, from the .py files in folder ("" for a missing file)."""
    cells = {}
    for name, (file, part) in CODE_CELLS.items():
        path = Path(folder) / file
        text = path.read_text(encoding="utf-8") if path.is_file() else ""
        cells[name] = text.rstrip() if part is None else split_at_train_step(text)[part]
    return cells


@dataclass(frozen=True)
class Section:
    """One `## N. title` section of paper_summary.md."""

    number: str  # "1" ... "8"
    prompt: str  # the heading line and the question lines under it
    answer: str  # everything after the question: the solution region, or a student's text


def summary_sections(text: str, prompts: dict = None):
    """(header, [Section]) of a paper summary. Without `prompts` a section's question ends at the
    solution marker (the solution file); with the template's prompts {number: prompt}, the question
    is that prompt when the student kept it, so that the answer is only what they wrote."""
    starts = [m.start() for m in _HEADING.finditer(text)] + [len(text)]
    header, sections = text[:starts[0]].rstrip(), []
    for begin, end in zip(starts, starts[1:]):
        body = text[begin:end].strip("\n")
        number = _HEADING.match(body).group(1)
        if prompts is None:
            cut = body.index(BEGIN) if BEGIN in body else len(body)
        else:
            template = prompts.get(number, "")
            cut = len(template) if body.startswith(template) else 0
        sections.append(Section(number, body[:cut].rstrip(), body[cut:].strip()))
    return header, sections
