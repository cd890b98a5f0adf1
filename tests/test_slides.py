"""The lecture slides: built once per module in both languages through Marp and Chromium, then read
back as a user would see them (pdftotext for the words, pdftoppm for every page as pixels).

Needs Marp CLI (`make slides-tools`), Chromium, fonts-noto-cjk and poppler-utils (`.ci/run` installs
them); without them the build tests skip here and fail in CI."""
import copy
import importlib.util
import json
import math
import os
import re
import shutil
import subprocess
import warnings

import numpy as np
import pytest
from PIL import Image

from gankit.checks import reference as checks_reference
from gankit import paths
from gankit.cli import main
from gankit.course import notebook
from gankit.errors import UserError
from gankit.i18n import LANGS
from gankit.slides import build, deck, figures, marp, results, sources

EXPECTED_PAGES = 27  # title + 8 theory + 8 paper + 10 lab slides (gankit/slides/deck.py)
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
           "생성자 G", "판별자 D", "detach", "Adam betas", "포화", "학습 곡선", "다시 학습", "링", "과제", "gankit submit"],
    "en": ["generative model", "discriminative", "GMM", "HMM", "VAE", "history", "Autoregressive", "Flow",
           "Applications", "Data augmentation", "Adversarial", "Algorithm 1", "optimal discriminator",
           "Jensen–Shannon", "non-saturating loss", "Parzen", "Discussion questions", "generator G",
           "discriminator D", "detach", "Adam betas", "saturates", "Training curves", "retrained", "ring", "Homework", "gankit submit"],
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
    assert pages == EXPECTED_PAGES == len(deck.slides(lang, results.load(), _params(), results.load_curves())), f"{pdf.name}: {pages} pages"


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
    markdown = deck.render(lang, results.load(), _params(), results.load_curves())
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
    assert "A new body $p(x)$" in deck.render("en", results.load(), _params(), results.load_curves())


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


MAX_CURVE_BYTES = 50_000  # a curve record must stay small enough to commit for every run
CURVE_ROUNDING = 1e-3  # relative: the records keep 4 significant digits


def test_committed_curve_records_are_small_and_agree_with_their_epoch_means():
    """Each record's binned series averages (weighted by bin size) to the mean of its per-epoch means:
    every epoch has the same number of steps, so both are the mean over all steps of the run."""
    curves = results.load_curves()
    assert list(curves) == ["lecture-betas", "kit-betas"]
    for setting, record in curves.items():
        path = results.CURVES / f"{setting}_seed{record['seed']}.json"
        assert path.stat().st_size < MAX_CURVE_BYTES
        assert record["step"][-1] == record["epochs"] * record["steps_per_epoch"]
        assert "/" not in record["data_source"] and record["torch"] and record["date"]
        sizes = [b - a for a, b in zip([0, *record["step"]], record["step"])]
        for name, means in record["epoch_means"].items():
            overall = sum(v * n for v, n in zip(record["series"][name], sizes)) / record["step"][-1]
            assert math.isclose(overall, sum(means) / len(means), rel_tol=CURVE_ROUNDING), (setting, name)


def test_the_curves_figure_draws_the_records_series_and_follows_a_changed_record(tmp_path):
    curves = results.load_curves()
    changed = copy.deepcopy(curves)
    changed["kit-betas"]["series"]["g_loss"] = [2 * v for v in changed["kit-betas"]["series"]["g_loss"]]
    for setting, record in changed.items():
        (tmp_path / f"{setting}_seed{record['seed']}.json").write_text(json.dumps(record), encoding="utf-8")
    for source in (curves, results.load_curves(tmp_path)):
        fig = figures.curves_figure(source, "en")
        axes = np.asarray(fig.axes).reshape(2, len(source))  # (rows, settings)
        for column, record in enumerate(source.values()):
            for row, name, _, _ in figures.CURVE_LINES:
                drawn = {tuple(line.get_ydata()) for line in axes[row, column].get_lines()}
                assert tuple(record["series"][name]) in drawn, (column, name)
    assert changed["kit-betas"]["series"]["g_loss"] != curves["kit-betas"]["series"]["g_loss"]


def test_the_curves_note_says_when_the_runs_are_not_the_tables():
    reference, curves = results.load(), results.load_curves()
    table = {(run.setting, run.seed): run.last_g_loss for run in reference.runs}
    same = copy.deepcopy(curves)
    for setting, record in same.items():
        record["epoch_means"]["g_loss"][-1] = table[setting, record["seed"]]
    assert "differ" not in deck._curves_note(reference, same, "en")
    other = copy.deepcopy(same)
    other["lecture-betas"]["epoch_means"]["g_loss"][-1] += 1
    note = deck._curves_note(reference, other, "en")
    assert "differ" in note and f"lecture {table['lecture-betas', 0] + 1:.2f} vs {table['lecture-betas', 0]:.2f}" in note


def test_missing_curve_records_are_one_line_saying_what_to_run(tmp_path):
    with pytest.raises(UserError, match="--curves-only"):
        results.load_curves(tmp_path)


def _reference_runs_script():
    path = paths.REPO_ROOT / "bench" / "reference_runs.py"
    spec = importlib.util.spec_from_file_location("reference_runs", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_curves_only_writes_binned_records_with_provenance(tmp_path, monkeypatch):
    script = _reference_runs_script()
    monkeypatch.setattr(script, "RUNS", tmp_path / "runs")
    monkeypatch.setattr(script, "CURVES", tmp_path / "curves")
    steps = 1000  # 2 epochs of 500: bins of ceil(1000 / CURVE_POINTS) = 5 steps
    series = {name: [float(i % 7) + k for i in range(steps)] for k, name in enumerate(["d_loss", "g_loss", "d_x"])}
    log = {"finished": True, "torch": "9.9.9", "data_source": "/somewhere/data/mnist", "data_is_subset": False,
           "steps_per_epoch": 500, "steps": series,
           "epochs": [{"epoch": e, **{n: sum(v[500 * e:500 * e + 500]) / 500 for n, v in series.items()}} for e in (0, 1)]}
    run = script.run_dir("kit-betas", 3)
    run.mkdir(parents=True)
    (run / "train_log.json").write_text(json.dumps(log))
    assert script.main(["--curves-only", "--seeds", "3"]) == 0
    record = json.loads((tmp_path / "curves" / "kit-betas_seed3.json").read_text())
    assert (record["seed"], record["betas"], record["torch"], record["data_source"]) == (3, [0.5, 0.999], "9.9.9", "mnist")
    assert record["steps_per_point"] == 5 and record["step"][:2] == [5, 10] and len(record["step"]) == 200
    assert record["series"]["g_loss"][0] == sum(series["g_loss"][:5]) / 5
    assert record["epoch_means"]["d_x"] == [script._round(e["d_x"]) for e in log["epochs"]]
    assert script.main(["--curves-only", "--seeds", "4"]) == 1  # no finished run: nothing written


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
