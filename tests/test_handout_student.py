"""Inside the student package, the kit works on the student's own folder: `gankit train/report`
default to assignments/week01_gan and runs/mine and say which code they train, the reference
data is found however the package is installed, and `gankit submit` warns about an unfinished
summary. Each command runs the package's own `gankit` (PYTHONPATH), as the student's install would."""
import os
import shutil
import subprocess
import sys

import pytest

from gankit import paths
from gankit.release import handout
from gankit.reporting import summary as summary_block

RUN_SECONDS = 300  # a 1-step training run and a report on a busy 2-core machine


@pytest.fixture
def package(tmp_path):
    folder = tmp_path / handout.NAME
    handout.write_folder(handout.package_files(), folder)
    return folder


def _gankit(folder, *args, kit=None, lang="en") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(kit or folder), "GANKIT_LANG": lang}
    return subprocess.run([sys.executable, "-m", "gankit", *args], cwd=folder, env=env, capture_output=True,
                          text=True, timeout=RUN_SECONDS)


def test_train_and_report_default_to_the_students_folder_and_say_so(package):
    mine = package / "assignments" / paths.ASSIGNMENT
    for source in paths.SOLUTION_DIR.glob("*.py"):
        shutil.copy(source, mine / source.name)
    done = _gankit(package, "train", "--max-steps", "1", "--limit", "64", "--threads", "1")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == (f"training the code in {mine} (another folder: --submission DIR), "
                                           "into runs/mine")
    assert (package / "runs" / "mine" / "train_log.json").is_file()
    done = _gankit(package, "report")
    assert done.returncode == 0, done.stderr
    assert (package / "runs" / "mine" / "report.md").is_file()


def test_the_reference_data_is_found_from_the_package_folder_after_a_plain_install(package, tmp_path):
    site = tmp_path / "site-packages"  # `pip install .` copies gankit/ away from autograder/
    shutil.copytree(package / "gankit", site / "gankit")
    done = subprocess.run([sys.executable, "-c", "from gankit import paths; print(paths.REFERENCE_FILE)"],
                          cwd=package / "assignments", env={**os.environ, "PYTHONPATH": str(site)},
                          capture_output=True, text=True, timeout=RUN_SECONDS)
    assert done.stdout.strip() == str(package / "autograder" / "reference.json"), done.stderr


@pytest.mark.parametrize("lang, unwritten, block", [
    ("en", "paper_summary.md sections that still hold the template's \"write your answer here\" line: ",
     "the gankit report block in §8 is a generated report, not your analysis"),
    ("ko", "paper_summary.md에 아직 \"여기에 작성하세요\"가 남은 절: ", "8절의 gankit report 블록은 자동 보고서일 뿐"),
])
def test_submit_lists_the_unwritten_sections_and_the_report_block_before_packing(package, tmp_path, lang, unwritten,
                                                                                  block):
    mine = package / "assignments" / paths.ASSIGNMENT
    summary = (mine / "paper_summary.md").read_text(encoding="utf-8")
    solution = (paths.SOLUTION_DIR / "paper_summary.md").read_text(encoding="utf-8")
    filled = solution.split("## 4.")[0] + "## 4." + summary.split("## 4.")[1]  # §1-3 written, §4-8 not
    report = f"## 8. 나의 결과 / My results\n{summary_block.BEGIN}\n| metric | value |\n{summary_block.END}\n"
    (mine / "paper_summary.md").write_text(filled.replace("## 8. 나의 결과 / My results\n", report, 1), encoding="utf-8")
    done = _gankit(package, "submit", "--student-id", "s1", "--out", str(tmp_path), lang=lang)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    listed = next(line for line in lines if line.startswith(unwritten))
    assert listed.removeprefix(unwritten).split("; ") == [
        "4. 이론 / Theory", "5. 실험 / Experiments", "6. 한계 / Limitations", "7. 토론 질문 / Discussion questions",
        "8. 나의 결과 / My results"]
    assert any(block in line for line in lines)
    assert lines.index(listed) < next(i for i, line in enumerate(lines) if "s1.zip" in line)  # before it packs
