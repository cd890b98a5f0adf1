"""Intake of uploads (folders and zips) before any code runs: what is read, what is refused, what the student is told."""
import os
import shutil
import zipfile

import pytest

from gankit import paths
from gankit.errors import UserError
from gankit.grading import intake, messages

SOLUTION_FILES = ("generator.py", "discriminator.py", "train_step.py", "paper_summary.md")


def solution_folder(folder):
    folder.mkdir(parents=True)
    for name in SOLUTION_FILES:
        shutil.copy(paths.SOLUTION_DIR / name, folder / name)
    return folder


def make_zip(path, members: dict):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def solution_members(prefix=""):
    return {prefix + name: (paths.SOLUTION_DIR / name).read_bytes() for name in SOLUTION_FILES}


def staged(tmp_path, source):
    dest = tmp_path / "staged"
    dest.mkdir(parents=True, exist_ok=True)
    return intake.stage("student", source, dest), sorted(os.listdir(dest))


def keys(upload):
    return [key for key, _ in upload.notes]


def test_a_folder_is_staged_as_its_three_modules_and_a_zip_of_it_hashes_the_same(tmp_path):
    upload, files = staged(tmp_path, solution_folder(tmp_path / "alice"))
    assert (files, upload.notes, upload.fatal, upload.has_summary) == (sorted(SOLUTION_FILES[:3]), [], False, True)
    zipped, _ = staged(tmp_path / "z", make_zip(tmp_path / "alice.zip", solution_members()))
    assert zipped.sha256 == upload.sha256


def test_a_zipped_folder_is_graded_from_inside_it(tmp_path):
    upload, files = staged(tmp_path, make_zip(tmp_path / "a.zip", {**solution_members("week01_gan/"),
                                                                   "__MACOSX/._generator.py": b"junk"}))
    assert files == sorted(SOLUTION_FILES[:3]) and keys(upload) == ["nested"]


@pytest.mark.parametrize("member", ["../generator.py", "/etc/generator.py", "C:\\temp\\generator.py",
                                    "week01_gan/../../generator.py"])
def test_a_zip_with_a_path_outside_its_folder_is_refused_whole(tmp_path, member):
    upload, files = staged(tmp_path, make_zip(tmp_path / "a.zip", {**solution_members(), member: b"x = 1\n"}))
    assert upload.fatal and keys(upload) == ["unsafe_path"] and files == []
    assert member in messages.note(*upload.notes[0], "en")


@pytest.mark.parametrize("content, key", [(None, "empty"), (b"this is not a zip", "not_zip"),
                                          ({"__MACOSX/._x": b""}, "empty"), ({"notes.txt": b"hi"}, "no_files")])
def test_an_upload_with_nothing_to_grade_says_why(tmp_path, content, key):
    path = tmp_path / "a.zip"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        make_zip(path, content or {})
    upload, _ = staged(tmp_path, path)
    assert upload.fatal and keys(upload) == [key]


def test_a_zip_that_unpacks_to_too_much_is_refused_before_reading(tmp_path):
    bomb = make_zip(tmp_path / "a.zip", {**solution_members(), "data.bin": bytes(51 * 2**20)})
    assert keys(staged(tmp_path, bomb)[0]) == ["too_large"]


def test_a_link_is_never_followed_so_the_solution_cannot_be_smuggled_in(tmp_path):
    folder = solution_folder(tmp_path / "alice")
    (folder / "generator.py").unlink()
    (folder / "generator.py").symlink_to(paths.SOLUTION_DIR / "generator.py")
    upload, files = staged(tmp_path, folder)
    assert "generator.py" not in files and keys(upload) == ["link", "missing"]


def test_a_link_inside_a_zip_is_not_read(tmp_path):
    path = make_zip(tmp_path / "a.zip", solution_members())
    with zipfile.ZipFile(path, "a") as archive:
        link = zipfile.ZipInfo("helper.py")
        link.external_attr = 0o120777 << 16  # a symbolic link to /etc/passwd
        archive.writestr(link, "/etc/passwd")
    assert keys(staged(tmp_path, path)[0]) == ["link"]


def test_stray_files_are_named_and_ignored_and_missing_files_are_named(tmp_path):
    folder = solution_folder(tmp_path / "alice")
    (folder / "train_step.py").unlink()
    (folder / "conftest.py").write_text("import pytest\n")
    (folder / "pytest.ini").write_text("[pytest]\n")
    (folder / "results.json").write_text('{"score": 100}\n')  # gankit submit's self-check: expected, never read
    upload, files = staged(tmp_path, folder)
    assert files == ["discriminator.py", "generator.py"] and keys(upload) == ["ignored", "missing"]
    assert messages.note(*upload.notes[0], "en").endswith("ignored: conftest.py, pytest.ini")


def test_files_in_two_folders_are_ambiguous(tmp_path):
    upload, _ = staged(tmp_path, make_zip(tmp_path / "a.zip", {**solution_members("v1/"), **solution_members("v2/")}))
    assert upload.fatal and keys(upload) == ["ambiguous"]


def test_a_cp949_file_is_graded_with_a_note_on_saving_as_utf8(tmp_path):
    folder = solution_folder(tmp_path / "alice")
    text = (folder / "train_step.py").read_text(encoding="utf-8")
    (folder / "train_step.py").write_bytes(text.encode("cp949", errors="replace"))
    upload, files = staged(tmp_path, folder)
    assert "train_step.py" in files and keys(upload) == ["not_utf8"]
    assert "CP949" in messages.note(*upload.notes[0], "en") and "UTF-8" in messages.note(*upload.notes[0], "ko")


def test_oversized_and_binary_modules_are_named(tmp_path):
    folder = solution_folder(tmp_path / "alice")
    (folder / "generator.py").write_bytes(b"x" * (2 * 2**20))
    (folder / "discriminator.py").write_bytes(b"\x00\x01binary")
    upload, files = staged(tmp_path, folder)
    assert keys(upload) == ["file_too_large", "binary", "missing"] and "generator.py" not in files


def test_discover_lists_folders_and_zips_by_student_id(tmp_path):
    solution_folder(tmp_path / "class" / "bob")
    make_zip(tmp_path / "class" / "alice.zip", solution_members())
    (tmp_path / "class" / "notes.txt").write_text("not a submission")
    (tmp_path / "class" / ".DS_Store").write_text("")
    found, skipped = intake.discover(tmp_path / "class")
    assert [(student, path.name) for student, path in found] == [("alice", "alice.zip"), ("bob", "bob")]
    assert skipped == ["notes.txt"]


@pytest.mark.parametrize("layout, message", [
    ({}, "no submissions"),
    ({"alice": "dir", "alice.zip": "zip"}, "two submissions for student alice"),
    ({"generator.py": "file"}, "holds one submission"),
])
def test_discover_refuses_a_folder_that_is_not_a_class(tmp_path, layout, message):
    folder = tmp_path / "class"
    folder.mkdir()
    for name, kind in layout.items():
        if kind == "dir":
            solution_folder(folder / name)
        elif kind == "zip":
            make_zip(folder / name, solution_members())
        else:
            (folder / name).write_text("x = 1\n")
    with pytest.raises(UserError, match=message):
        intake.discover(folder)
