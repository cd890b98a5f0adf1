"""Fill the "my results" section (§8) of a paper_summary.md with a run's report: numbers, analysis, figures.

The block sits between two HTML comments, so running it again replaces it and keeps whatever the
student wrote around it. Image paths are made relative to the summary file, so the Markdown
renders where it lies.
"""
import os
import re
from pathlib import Path

from gankit.errors import UserError
from gankit.markers import MD_STUB as PLACEHOLDER  # the template's "write here" line
from gankit.reporting import page

BEGIN = "<!-- gankit report: begin (written by `gankit report --summary`; write your analysis outside this block) -->"
END = "<!-- gankit report: end -->"
SECTION = re.compile(r"^## 8\..*$", re.M)  # the template's "## 8. 나의 결과 / My results"
NEXT_SECTION = re.compile(r"^## ", re.M)
HEADING = re.compile(r"^## (.+)$", re.M)  # a numbered section of the template
KEPT = ("table", "ul", "img")  # the report's metrics, analysis and figures; headings and prose stay in report.md


def block(blocks: list, run_dir: Path, summary: Path) -> str:
    """The report's tables, findings and figures as Markdown, images relative to the summary."""
    kept = []
    for kind, *args in blocks:
        if kind == "img":
            args = [os.path.relpath(run_dir / args[0], summary.parent).replace(os.sep, "/"), args[1]]
        if kind in KEPT:
            kept.append((kind, *args))
    return f"{BEGIN}\n\n{page.to_markdown(kept)}\n{END}"


def fill(summary: Path, text_block: str) -> None:
    """Put the block into §8 of the summary: in place of an earlier one, else where the placeholder is,
    else at the end of the section."""
    try:
        text = summary.read_text(encoding="utf-8")
    except OSError as err:
        raise UserError(f"cannot read {summary}: {err.strerror} (pass the paper_summary.md of your submission)") from None
    if BEGIN in text and END in text:
        start, end = text.index(BEGIN), text.index(END) + len(END)
        text = text[:start] + text_block + text[end:]
    else:
        heading = SECTION.search(text)
        if heading is None:
            raise UserError(f"{summary} has no '## 8.' section: start from the template assignments/week01_gan/paper_summary.md")
        following = NEXT_SECTION.search(text, heading.end())
        section_end = following.start() if following else len(text)
        section = text[heading.end():section_end]
        if PLACEHOLDER in section:
            section = section.replace(PLACEHOLDER, text_block + "\n\n" + PLACEHOLDER, 1)
        else:
            section = section.rstrip("\n") + "\n\n" + text_block + "\n\n"
        text = text[:heading.end()] + section + text[section_end:]
    summary.write_text(text, encoding="utf-8")


def unwritten_sections(text: str) -> list:
    """The headings ("1. 문제 / Problem") of the sections that still hold the template's "write here" line."""
    headings = list(HEADING.finditer(text))
    return [match.group(1).strip() for match, following in zip(headings, [*headings[1:], None])
            if PLACEHOLDER in text[match.end():following.start() if following else len(text)]]


def has_report_block(text: str) -> bool:
    """Whether `gankit report --summary` put its block (a generated report, not the student's analysis) in."""
    return BEGIN in text
