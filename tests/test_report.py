"""gankit report: a bilingual results page with grids, curves, metrics and an automatic analysis."""
import json

import pytest
from conftest import MNIST_DATA

from gankit.cli import main
from gankit.reporting import analysis
from gankit.reporting.messages import messages
from gankit.runs.config import TrainConfig
from gankit.training.loop import train



@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    train(TrainConfig(limit=128, epochs=2, threads=1, data=MNIST_DATA), out, say=lambda *_: None)
    return out


def fake_metrics(covered_share, model_nn=5.0):
    """metrics.json content with a given class histogram and nearest-neighbour median."""
    covered = sum(s >= 0.02 for s in covered_share)
    pair = lambda model, real: {"model": model, "real": real}  # noqa: E731
    return {
        "parzen": {**pair({"mean": 40.0, "sem": 2.0, "sigma": 0.2}, {"mean": 241.0, "sem": 2.0, "sigma": 0.17}),
                   "paper": {"mean": 225.0, "sem": 2.0}},
        "fid": pair(30.0, 1.8), "inception_score": pair(7.5, 9.0),
        "classes": pair({"histogram": covered_share, "covered": covered}, {"histogram": [0.1] * 10, "covered": 10}),
        "memorisation": pair({"median": model_nn, "p5": 3.0, "min": 1.0}, {"median": 4.4, "p5": 3.0, "min": 1.0}),
        "classifier": {"test_accuracy": 0.965, "cache": "/tmp"}, "sizes": {"samples": 10000, "valid": 1000, "test": 10000},
    }


@pytest.mark.parametrize("lang, heading", [("ko", "## 자동 분석"), ("en", "## Automatic analysis")])
def test_report_before_evaluation_has_grids_curves_and_asks_for_metrics(run_dir, lang, heading, capsys):
    assert main(["report", str(run_dir), "--lang", lang]) == 0
    md = (run_dir / "report.md").read_text(encoding="utf-8")
    assert heading in md and "samples/epoch_01.png" in md and "losses.png" in md
    assert f"gankit evaluate {run_dir}" in md, "no metrics yet: the page says how to get them"
    assert (run_dir / "report.html").read_text(encoding="utf-8").startswith("<!doctype html>")


def test_report_with_metrics_shows_the_table_and_the_paper(run_dir):
    (run_dir / "metrics.json").write_text(json.dumps(fake_metrics([0.1] * 10)))
    assert main(["report", str(run_dir), "--lang", "en"]) == 0
    md = (run_dir / "report.md").read_text(encoding="utf-8")
    assert "| 40.0 ± 2.0 | 241.0 ± 2.0 | 225 ± 2 |" in md and "classes.png" in md
    assert (run_dir / "classes.png").is_file()
    (run_dir / "metrics.json").unlink()


def test_analysis_names_mode_collapse_saturation_and_memorisation():
    t = messages("en")
    saturated_log = {"epochs": [{"epoch": 1, "d_x": 0.9, "d_g_z1": 0.2, "g_loss": 3.0},
                                {"epoch": 2, "d_x": 1.0, "d_g_z1": 0.05, "g_loss": 45.0}]}
    share = [0.0, 0.0, 0.0, 0.4, 0.0, 0.3, 0.0, 0.3, 0.0, 0.0]
    lines = analysis.analyse(saturated_log, fake_metrics(share, model_nn=1.0), t)
    text = "\n".join(lines)
    assert "D saturated from epoch 2" in text and "D(G(z)) ≈ 3e-20" in text
    assert "Severe mode collapse: only 3 of 10" in text and "missing: 0, 1, 2, 4, 6, 8, 9" in text
    assert "digit 3" in text and "possible memorisation" in text


def test_analysis_of_a_healthy_run():
    t = messages("en")
    log = {"epochs": [{"epoch": 1, "d_x": 0.7, "d_g_z1": 0.3, "g_loss": 1.2}]}
    text = "\n".join(analysis.analyse(log, fake_metrics([0.1] * 10), t))
    assert "did not saturate" in text and "No mode collapse" in text and "No sign of memorisation" in text


def test_report_of_a_folder_that_is_not_a_run_is_one_line(tmp_path, capsys):
    assert main(["report", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip()
    assert "train_log.json not found" in err and "\n" not in err


def test_summary_option_fills_my_results_and_keeps_the_students_text(run_dir, tmp_path):
    from gankit import paths
    from gankit.reporting import summary

    mine = tmp_path / "submission" / "paper_summary.md"
    mine.parent.mkdir()
    template = (paths.SKELETON_DIR / "paper_summary.md").read_text(encoding="utf-8")
    mine.write_text(template.replace("## 1. 문제 / Problem\n", "## 1. 문제 / Problem\nMY OWN WORDS\n"), encoding="utf-8")
    for _ in range(2):  # a second run replaces the block instead of adding another
        assert main(["report", str(run_dir), "--lang", "en", "--summary", str(mine)]) == 0
    text = mine.read_text(encoding="utf-8")
    assert text.count(summary.BEGIN) == 1 and "MY OWN WORDS" in text
    section = text[text.index("## 8."):]
    assert summary.BEGIN in section and "samples.png" in section and "](../" in section
    assert section.index(summary.END) < section.index("write your answer here")


def test_summary_without_a_results_section_is_one_clear_error(run_dir, tmp_path, capsys):
    other = tmp_path / "notes.md"
    other.write_text("# my notes\n", encoding="utf-8")
    assert main(["report", str(run_dir), "--summary", str(other)]) == 2
    assert "has no '## 8.' section" in capsys.readouterr().err
