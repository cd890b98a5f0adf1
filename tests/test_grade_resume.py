"""`gankit grade` over time: identical grades on a re-run, resume without re-grading, nothing
overwritten silently, an interrupted run picks up where it stopped, clear messages for bad uploads."""
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from hostile import harness
from gankit.errors import UserError
from gankit.grading.state import GradesFolder

SLOW_IMPORT_SECONDS = 60  # a student whose import sleeps: the interrupt surely lands while it is graded


def build_class(folder):
    """alice (correct), bob (wrong d_loss labels), carol.zip (empty), dave (syntax error)."""
    harness.build_class(folder, [], harness.sandbox.detect())
    zipfile.ZipFile(folder / "carol.zip", "w").close()
    shutil.copytree(folder / "alice", folder / "dave")
    (folder / "dave" / "generator.py").write_text("import torch\n\nclass Generator(torch.nn.Module:\n    pass\n")
    return folder


def student_files(grades):
    return {path.relative_to(grades): path.read_bytes() for path in sorted((grades / "students").rglob("*"))
            if path.is_file()}


def graded_files(grades):
    """What a student and the gradebook see; record.json is left out (it also keeps timings, for audit)."""
    files = {path: data for path, data in student_files(grades).items() if path.name != "record.json"}
    files["gradebook.csv"] = (grades / "gradebook.csv").read_bytes()
    files["results"] = [harness.record(grades, path.name)["results"] for path in sorted((grades / "students").iterdir())]
    return files


@pytest.fixture(scope="module")
def first(tmp_path_factory):
    """A class graded once: (its submissions folder, its grades folder, a copy of what was written)."""
    root = tmp_path_factory.mktemp("resume")
    submissions = build_class(root / "class")
    pristine = shutil.copytree(submissions, root / "pristine")
    assert harness.grade(submissions, root / "grades", "--jobs", "1") == 0
    return submissions, root / "grades", student_files(root / "grades"), pristine


def test_malformed_uploads_get_a_clear_message_and_zero(first):
    _, grades, _, _ = first
    assert "the zip is empty" in harness.feedback(grades, "carol") and "zip이 비어 있습니다" in harness.feedback(grades, "carol", "ko")
    assert set(harness.failures(grades, "dave")) == {"generator.output"}
    assert "SyntaxError" in harness.feedback(grades, "dave") and "generator.py:3" in harness.feedback(grades, "dave")
    rows = (grades / "gradebook.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "student,generator.output,discriminator.output,losses.discriminator,step.detach,total,max," \
                      "paper_summary,upload_notes,flagged_lines"
    assert [row.split(",")[0] for row in rows[1:]] == ["alice", "bob", "carol", "dave"]
    assert rows[3] == "carol,0,0,0,0,0,22,no,empty,0"


def test_grading_the_same_class_again_gives_byte_identical_results(first, tmp_path):
    _, grades, _, pristine = first
    assert harness.grade(pristine, tmp_path / "again", "--jobs", "1") == 0
    assert graded_files(tmp_path / "again") == graded_files(grades)


def test_a_rerun_grades_nobody_again_and_changes_nothing(first, capsys):
    submissions, grades, written, _ = first
    assert harness.grade(submissions, grades) == 0
    assert "4 submissions, 0 to grade" in capsys.readouterr().out
    assert student_files(grades) == written


def test_changed_students_keep_their_grade_unless_regraded_and_new_ones_are_graded_alone(first, capsys):
    submissions, grades, written, _ = first
    shutil.copy(submissions / "alice" / "train_step.py", submissions / "bob" / "train_step.py")  # bob fixed it
    shutil.copy(submissions / "alice" / "generator.py", submissions / "dave" / "generator.py")  # dave too
    shutil.copytree(submissions / "alice", submissions / "erin")  # erin submitted late
    assert harness.grade(submissions, grades, "--regrade", "bob", "--jobs", "1") == 0
    out = capsys.readouterr().out
    assert "5 submissions, 2 to grade" in out
    assert "dave: changed since it was graded; kept the earlier grade (--regrade dave" in out
    assert (grades / "students" / "dave" / "record.json").read_bytes() == written[Path("students/dave/record.json")]
    assert harness.failures(grades, "bob") == harness.failures(grades, "erin") == {}
    backups = list((grades / "backup").glob("*/*/record.json"))
    assert [path.parent.name for path in backups] == ["bob"]
    assert backups[0].read_bytes() == written[Path("students/bob/record.json")]


def test_other_settings_are_refused_unless_forced(first, capsys):
    submissions, grades, _, _ = first
    assert harness.main(["grade", str(submissions), "--out", str(grades), "--checks", "generator.output"]) == 2
    assert re.search("graded with other settings .*checks.*--force", capsys.readouterr().err)
    graded_before = sorted(path.name for path in (grades / "students").iterdir())
    assert harness.main(["grade", str(submissions), "--out", str(grades), "--checks", "generator.output", "--force",
                         "--jobs", "1"]) == 0
    newest = max((grades / "backup").iterdir())
    assert sorted(path.name for path in newest.iterdir()) == graded_before  # every earlier student kept
    assert (grades / "gradebook.csv").read_text().splitlines()[0].startswith("student,generator.output,total")


def test_a_changed_judge_invalidates_the_grades_folder(tmp_path, monkeypatch, capsys):
    """Grades of one judge are never resumed under another: the checks' code is in the folder's fingerprint."""
    from gankit import fingerprint

    submissions = tmp_path / "class"
    harness.build_class(submissions, [], harness.sandbox.detect())
    cheap = ("--checks", "generator.layers", "--jobs", "1")
    assert harness.main(["grade", str(submissions), "--out", str(tmp_path / "grades"), *cheap]) == 0
    checks = shutil.copytree(fingerprint.CHECKS_DIR, tmp_path / "checks")  # the kit's checks, one judge edited
    mlp = (checks / "mlp.py").read_text()
    assert "FUNCTION_ATOL = 1e-4" in mlp
    (checks / "mlp.py").write_text(mlp.replace("FUNCTION_ATOL = 1e-4", "FUNCTION_ATOL = 1e-2"))
    monkeypatch.setattr(fingerprint, "CHECKS_DIR", checks)
    assert harness.main(["grade", str(submissions), "--out", str(tmp_path / "grades"), *cheap]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and re.search("other settings .*checks_fingerprint.*--force", err)
    assert harness.main(["grade", str(submissions), "--out", str(tmp_path / "grades"), *cheap, "--force"]) == 0


def test_unknown_regrade_ids_and_a_second_grader_on_the_same_folder_are_refused(first, capsys):
    submissions, grades, _, _ = first
    assert harness.grade(submissions, grades, "--regrade", "mallory") == 2
    assert "gankit grade: error: --regrade: no submission for mallory" in capsys.readouterr().err
    holder = GradesFolder(grades.parent / "locked", {"x": 1})
    try:
        with pytest.raises(UserError, match="another `gankit grade` is writing"):
            GradesFolder(grades.parent / "locked", {"x": 1})
    finally:
        holder.close()


def test_an_interrupted_run_saves_only_finished_students_and_resumes_with_the_rest(tmp_path, capsys):
    submissions = build_class(tmp_path / "class")
    (submissions / "carol.zip").unlink()
    shutil.rmtree(submissions / "dave")
    slow = shutil.copytree(submissions / "alice", submissions / "zed")
    (slow / "generator.py").write_text(f"import time\ntime.sleep({SLOW_IMPORT_SECONDS})\n"
                                       + (submissions / "alice" / "generator.py").read_text())
    grades = tmp_path / "grades"
    command = [sys.executable, "-m", "gankit", "grade", str(submissions), "--out", str(grades), "--jobs", "1",
               "--checks", harness.CHECKS, "--check-seconds", harness.CHECK_SECONDS, "--memory-mib", harness.MEMORY_MIB,
               "--lang", "en"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 120
    while not (grades / "students" / "bob" / "record.json").exists():
        assert time.monotonic() < deadline and process.poll() is None, process.stdout.read()
        time.sleep(0.2)
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=60) == 130
    assert sorted(os.listdir(grades / "students")) == ["alice", "bob"]  # zed was running: nothing of it kept
    assert len((grades / "gradebook.csv").read_text().splitlines()) == 3
    shutil.copy(submissions / "alice" / "generator.py", slow / "generator.py")
    assert harness.grade(submissions, grades, "--jobs", "1") == 0
    assert "3 submissions, 1 to grade" in capsys.readouterr().out
    assert harness.failures(grades, "zed") == {}
