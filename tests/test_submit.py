"""`gankit submit` packs what `gankit grade` reads, refuses what it cannot, and the grader agrees
with the student's self-check (the full set of checks, once, on the reference solution)."""
import json
import shutil
import zipfile

import pytest

from hostile import harness
from gankit import paths
from gankit.cli import main
from gankit.fingerprint import fingerprint

PACKED = ["discriminator.py", "generator.py", "paper_summary.md", "results.json", "train_step.py"]  # sorted: same files, same zip


def homework(folder):
    shutil.copytree(paths.SOLUTION_DIR, folder)
    (folder / "weights.pt").write_bytes(bytes(range(256)) * 8192)  # 2 MiB of binary: never packed
    (folder / "notes.txt").write_text("my notes\n")
    return folder


def test_submit_then_grade_gives_the_self_check_score_with_every_check(tmp_path, capsys):
    folder = homework(tmp_path / "week01_gan")
    assert main(["submit", "--student-id", "20231234", "--folder", str(folder), "--out", str(tmp_path / "class"),
                 "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "not packed (only the files above are graded): notes.txt, weights.pt (binary, 2.0 MB)" in out
    assert "self-check 100/100" in out
    with zipfile.ZipFile(tmp_path / "class" / "20231234.zip") as archive:
        assert archive.namelist() == PACKED
        self_check = json.loads(archive.read("results.json"))
    assert main(["grade", str(tmp_path / "class"), "--out", str(tmp_path / "grades"), "--lang", "en"]) == 0
    graded = json.loads((tmp_path / "grades" / "students" / "20231234" / "results.json").read_text())
    assert graded == self_check  # same checks, same points, same feedback: in the sandbox and in-process
    assert self_check["extra_data"] == {"fingerprint": fingerprint()}  # the same checks fingerprint too
    assert harness.record(tmp_path / "grades", "20231234")["notes"] == []  # the layout is exactly the grader's


@pytest.mark.parametrize("lang, line", [
    ("en", "you self-checked with checks 0123456789ab, this grader runs checks {ours}: an outdated package? "),
    ("ko", "자가 점검한 검사(0123456789ab)와 채점한 검사({ours})가 다릅니다: 오래된 패키지일 수 있어"),
])
def test_a_self_check_with_other_checks_is_named_in_the_feedback(tmp_path, lang, line):
    folder = tmp_path / "class" / "s1"
    shutil.copytree(paths.SOLUTION_DIR, folder)
    (folder / "results.json").write_text(json.dumps({"score": 100, "extra_data": {"fingerprint": "0123456789ab"}}))
    shutil.copytree(folder, tmp_path / "class" / "s2")
    (tmp_path / "class" / "s2" / "results.json").write_text(json.dumps({"extra_data": {"fingerprint": fingerprint()}}))
    assert main(["grade", str(tmp_path / "class"), "--out", str(tmp_path / "grades"), "--lang", lang,
                 "--checks", "generator.layers"]) == 0
    outdated = (tmp_path / "grades" / "students" / "s1" / f"feedback.{lang}.txt").read_text()
    current = (tmp_path / "grades" / "students" / "s2" / f"feedback.{lang}.txt").read_text()
    assert line.format(ours=fingerprint()) in outdated and fingerprint() in current
    assert "0123456789ab" not in current


@pytest.mark.parametrize("lang, change, message", [
    ("en", {"paper_summary.md": None}, "missing in"),
    ("ko", {"paper_summary.md": None}, "없는 파일: paper_summary.md"),
    ("en", {"train_step.py": b"\x00\x01\x02"}, "train_step.py is not a text file"),
    ("en", {"generator.py": "# 생성자\n".encode("cp949")}, "generator.py is not saved as UTF-8"),
    ("ko", {"generator.py": "# 생성자\n".encode("cp949")}, "UTF-8로 저장하세요"),
    ("en", {"paper_summary.md": b"x" * (2 * 2**20)}, "paper_summary.md is larger than 1 MiB"),
])
def test_submit_refuses_files_the_grader_could_not_use(tmp_path, capsys, lang, change, message):
    folder = homework(tmp_path / "week01_gan")
    for name, data in change.items():
        (folder / name).unlink()
        if data is not None:
            (folder / name).write_bytes(data)
    assert main(["submit", "--student-id", "s1", "--folder", str(folder), "--out", str(tmp_path), "--lang", lang]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "s1.zip").exists()


@pytest.mark.parametrize("student_id", ["../escape", "a/b", "", "-rf", "홍길동 1"])
def test_submit_refuses_a_student_id_that_is_not_a_plain_file_name(tmp_path, capsys, student_id):
    assert main(["submit", f"--student-id={student_id}", "--folder", str(tmp_path), "--lang", "en"]) == 2
    assert "student id" in capsys.readouterr().err
