"""The lecture slides: built once per module in both languages through Marp and Chromium, then read
back as a user would see them (pdftotext for the words, pdftoppm for every page as pixels).

Needs Marp CLI (`make slides-tools`), Chromium, fonts-noto-cjk and poppler-utils (`.ci/run` installs
them); without them the build tests skip here and fail in CI."""
import os
import re
import shutil
import subprocess
import warnings

import numpy as np
import pytest
from PIL import Image

from gankit.checks import reference as checks_reference
from gankit.cli import main
from gankit.course import notebook
from gankit.errors import UserError
from gankit.i18n import LANGS
from gankit.slides import build, deck, marp, results, sources

EXPECTED_PAGES = 26  # title + 8 theory + 8 paper + 9 lab slides (gankit/slides/deck.py)
# Page geometry in CSS pixels of Marp's 16:9 slide (gankit/slides/theme.css): content sits inside
# 56 px side padding and 50 px bottom padding; the page number sits in the bottom-right corner.
WIDTH, HEIGHT = 1280, 720
SIDE_BAND = 40  # no ink this close to the left or right edge: the frame's padding is 56 px
BOTTOM_BAND = 38  # no ink in the last 38 px (padding 50) but the page number's corner
PAGE_NUMBER_CORNER = 80  # px from the right edge: where the page number is drawn
INK = 60  # a pixel is ink when a channel differs from white by more than this (anti-aliasing is lighter)
MIN_INK_SHARE = 0.01  # a page whose content area has less ink than 1% is blank
# The words each section must show, in the PDF's own text layer.
TERMS = {
    "ko": ["생성 모델", "판별 모델", "GMM", "HMM", "VAE", "역사", "자기회귀", "플로우", "응용", "데이터 증강",
           "적대", "알고리즘 1", "최적의 판별자", "젠슨-섀넌", "비포화 손실", "Parzen", "토론 질문",
           "생성자 G", "판별자 D", "detach", "Adam betas", "포화", "링", "과제", "gankit submit"],
    "en": ["generative model", "discriminative", "GMM", "HMM", "VAE", "history", "Autoregressive", "Flow",
           "Applications", "Data augmentation", "Adversarial", "Algorithm 1", "optimal discriminator",
           "Jensen–Shannon", "non-saturating loss", "Parzen", "Discussion questions", "generator G",
           "discriminator D", "detach", "Adam betas", "saturates", "ring", "Homework", "gankit submit"],
}


def _tools_or_skip():
    try:
        marp.marp_command(), marp.browser(), marp.check_korean_font()
    except UserError as err:
        if os.environ.get("CI"):
            raise
        pytest.skip(str(err))
    for tool in ("pdftotext", "pdftoppm", "pdfinfo"):
        if not shutil.which(tool):
            pytest.fail(f"{tool} not found: apt-get install poppler-utils (.ci/run does)")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """lang -> (Markdown text, PDF path), each language built once."""
    _tools_or_skip()
    root = tmp_path_factory.mktemp("slides")
    out = {}
    for lang in LANGS:
        scratch = root / f"scratch_{lang}"
        scratch.mkdir()
        with warnings.catch_warnings():
            warnings.filterwarnings("error", message="Glyph .* missing")  # Hangul drawn as empty boxes
            markdown = build.markdown(scratch, lang)
        out[lang] = (markdown.read_text(encoding="utf-8"), marp.convert(markdown, root / build.PDF_NAMES[lang]))
    return out


def _params() -> dict:
    data = checks_reference.load()
    return {name: data[f"{name}.layers"]["n_params"] for name in ("generator", "discriminator")}


def _run(*args) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def _text(pdf) -> str:
    return re.sub(r"\s+", " ", _run("pdftotext", "-enc", "UTF-8", str(pdf), "-"))


@pytest.mark.parametrize("lang", LANGS)
def test_pdf_has_one_page_per_slide(built, lang):
    pdf = built[lang][1]
    pages = int(re.search(r"^Pages:\s+(\d+)", _run("pdfinfo", str(pdf)), re.MULTILINE).group(1))
    assert pages == EXPECTED_PAGES == len(deck.slides(lang, results.load(), _params())), f"{pdf.name}: {pages} pages"


@pytest.mark.parametrize("lang", LANGS)
def test_text_holds_every_sections_key_terms_and_timing(built, lang):
    text = _text(built[lang][1])
    missing = [term for term in TERMS[lang] if term.lower() not in text.lower()]
    assert not missing, f"{built[lang][1].name} lacks {missing}"
    for topic, line in deck.timing_lines(lang).items():
        assert line in text, f"no timing line for {topic}: {line!r}"


def frame_problems(pdf, folder) -> list:
    """What is wrong with each page of pdf as pixels: blank, or ink where the frame's padding is."""
    _run("pdftoppm", "-scale-to-x", str(WIDTH), "-scale-to-y", str(HEIGHT), "-png", str(pdf), str(folder / "p"))
    problems = []
    for page in sorted(folder.glob("p-*.png")):
        pixels = np.asarray(Image.open(page).convert("RGB"), dtype=np.int16)  # (HEIGHT, WIDTH, 3)
        ink = (255 - pixels).max(axis=2) > INK  # (HEIGHT, WIDTH)
        content = ink[66:HEIGHT - 50, 56:WIDTH - 56]
        above_bottom = ink[:HEIGHT - BOTTOM_BAND]
        if content.mean() < MIN_INK_SHARE:
            problems.append(f"{page.stem}: blank ({content.mean():.2%} ink)")
        if above_bottom[:, :SIDE_BAND].any() or above_bottom[:, WIDTH - SIDE_BAND:].any():
            problems.append(f"{page.stem}: content reaches the left or right edge")
        if ink[HEIGHT - BOTTOM_BAND:, :WIDTH - PAGE_NUMBER_CORNER].any():
            problems.append(f"{page.stem}: content runs off the bottom of the slide")
    return problems


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_is_neither_blank_nor_cut_at_the_frame(built, lang, tmp_path):
    assert frame_problems(built[lang][1], tmp_path) == []
    assert len(list(tmp_path.glob("p-*.png"))) == EXPECTED_PAGES


def test_the_frame_check_sees_a_blank_page_and_text_cut_at_the_bottom(tmp_path):
    _tools_or_skip()
    markdown = tmp_path / "bad.md"
    lines = "\n".join(f"- line {n}: {'too much text for one slide ' * 2}" for n in range(30))
    markdown.write_text(f"---\nmarp: true\ntheme: {deck.THEME}\npaginate: true\n---\n\n{lines}\n\n---\n\n", encoding="utf-8")
    problems = frame_problems(marp.convert(markdown, tmp_path / "bad.pdf"), tmp_path)
    assert problems == ["p-1: content runs off the bottom of the slide", "p-2: blank (0.00% ink)"]


def test_build_fetches_nothing_from_the_network(tmp_path):
    """Marp's HTML, which Chromium prints, names no web resource: no fonts, scripts or images from a URL."""
    _tools_or_skip()
    html = build.build(tmp_path, "ko", suffix=".html").read_text(encoding="utf-8")
    remote = re.findall(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//[^"'\s>]+|url\(\s*["']?(?:https?:)?//[^)]+""", html)
    assert not remote, f"the deck loads {remote[:3]}"


@pytest.mark.parametrize("lang", LANGS)
def test_slides_and_notebook_share_their_texts(lang):
    """One place to edit: the readings, quiz questions, discussion questions and train_step the deck
    shows are the very texts the nbgrader notebook holds."""
    nb = "\n".join(cell.source for cell in notebook.build().cells)
    markdown = deck.render(lang, results.load(), _params())
    shared = [text for reading in sources.readings(lang) for text in reading]
    shared += sources.quiz_questions(lang) + sources.discussion_questions(lang)
    for text in shared:
        assert text in nb, f"the notebook does not hold: {text[:60]}"
        assert text in markdown, f"the slides do not hold: {text[:60]}"
    step = sources.train_step_code()
    assert step in markdown
    for line in step.splitlines():
        assert line in nb, f"train_step on the slides is not the notebook's: {line!r}"


def test_an_edited_reading_reaches_the_slides(monkeypatch):
    from gankit.course import theory

    edited = theory.READINGS[0].__class__(("제목", "Title"), ("새 본문 $p(x)$", "A new body $p(x)$"))
    monkeypatch.setattr(theory, "READINGS", (edited, *theory.READINGS[1:]))
    assert "A new body $p(x)$" in deck.render("en", results.load(), _params())


def test_each_hour_of_the_plan_fills_sixty_minutes():
    hours = {}
    for part, _, minutes in deck.SECTIONS:
        hours[part] = hours.get(part, 0) + minutes
    assert hours == {"part.theory": 60, "part.paper": 60, "part.lab": 60}
    theory = [topic for part, topic, _ in deck.SECTIONS if part == "part.theory"]
    assert theory[:4] == ["topic.definition", "topic.history", "topic.families", "topic.applications"]
    assert [m for _, t, m in deck.SECTIONS if t in theory[:4]] == [15, 10, 15, 10]  # SPEC §1's timings


def test_recorded_runs_are_read_from_the_reference_table():
    reference = results.load()
    settings = reference.settings()
    assert set(settings) == {"lecture-betas", "kit-betas"} and all(len(runs) == 3 for runs in settings.values())
    assert all(run.saturated_epoch for run in settings["lecture-betas"])  # the table's "D saturated" column
    assert not any(run.saturated_epoch for run in settings["kit-betas"])
    assert reference.real_parzen[0] > results.PAPER_GAN_PARZEN > max(run.parzen[0] for run in reference.runs)


def test_a_table_in_another_layout_is_one_clear_error(tmp_path):
    table = tmp_path / "reference_results.md"
    table.write_text("| setting | seed |\n|---|---|\n| kit-betas | 0 |\n", encoding="utf-8")
    with pytest.raises(UserError, match="--table-only"):
        results.load(table)


def test_a_missing_marp_is_one_line_saying_what_to_do(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("GANKIT_MARP", str(tmp_path / "no-marp"))
    assert main(["slides", "--out", str(tmp_path), "--lang", "en"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "make slides-tools" in err


def test_a_missing_korean_font_is_said_not_drawn_as_empty_boxes(monkeypatch):
    monkeypatch.setattr(marp, "KOREAN_FONT", "No Such Font KR")
    with pytest.raises(UserError, match="fonts-noto-cjk"):
        marp.check_korean_font()
