"""`gankit handout`: the student package holds no answer, is exactly what its entry points need,
and the same repository gives the same bytes. The leak search is tested on planted leaks too."""
import ast
import io
import json
import tomllib
import zipfile
from pathlib import Path

import pytest

from gankit import paths
from gankit.cli import main
from gankit import kit_files
from gankit.release import handout, leaks


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("handout")
    assert main(["handout", "--out", str(out), "--lang", "en"]) == 0
    return out


def _tree(folder: Path) -> dict:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def _imports(path: Path) -> set:
    """Every gankit module `path` imports, at the top or inside a function ("from gankit.x import y" counts x and x.y)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found |= {node.module, *(f"{node.module}.{alias.name}" for alias in node.names)}
    return {name for name in found if name.split(".")[0] == "gankit"}


def _closure(entry_points) -> set:
    """The kit's .py files reachable from the entry points through imports (packages' __init__ included)."""
    seen, todo = set(), list(entry_points)
    while todo:
        name = todo.pop()
        base = paths.REPO_ROOT / Path(*name.split("."))
        path = base / "__init__.py" if (base / "__init__.py").is_file() else base.with_suffix(".py")
        if not path.is_file() or path in seen:
            continue  # "from gankit.x import function": not a module
        seen.add(path)
        parts = name.split(".")
        todo += [".".join(parts[:i]) for i in range(1, len(parts))] + sorted(_imports(path))
    return {path.relative_to(paths.REPO_ROOT).as_posix() for path in seen}


@pytest.mark.parametrize("allowed, entry_points", [
    (kit_files.STUDENT, kit_files.STUDENT_ENTRY_POINTS),
    (kit_files.CLASSROOM, kit_files.CLASSROOM_ENTRY_POINTS),
    (kit_files.GRADESCOPE, kit_files.GRADESCOPE_ENTRY_POINTS),
], ids=["student", "classroom", "gradescope"])
def test_each_allow_list_is_exactly_what_its_entry_points_import(allowed, entry_points):
    modules = {name for name in allowed if name.endswith(".py")}
    assert modules == _closure(entry_points), "update gankit/kit_files.py"


def test_no_file_of_the_package_holds_an_answer(built):
    files = {**_tree(built / handout.NAME), f"{handout.NAME}.zip": (built / f"{handout.NAME}.zip").read_bytes(),
             **{f"classroom/{name}": data for name, data in _tree(built / f"{handout.NAME}-classroom").items()}}
    assert leaks.find(files) == []


def test_the_gradescope_zip_holds_no_answer_and_no_instructor_module(tmp_path):
    assert main(["gradescope", "build", "--out", str(tmp_path / "autograder.zip")]) == 0
    data = (tmp_path / "autograder.zip").read_bytes()
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert not [name for name in names if name.startswith(("gankit/course/", "gankit/release/", "solutions/"))]
    assert leaks.find({"autograder.zip": data}) == []


@pytest.fixture(scope="module")
def secrets():
    return leaks.secret_lines()


PLANTED = {  # how an answer could slip in -> the file that carries it
    "a solution line, re-indented, in a doc": lambda line: {"docs/notes.md": f"see:\n        {line}\n".encode()},
    "a solution line in a comment": lambda line: {"gankit/extra.py": f"# {line}\n".encode()},
    "a solution line in a notebook cell": lambda line: {"lab.ipynb": json.dumps(
        {"cells": [{"cell_type": "code", "source": [line + "\n"]}], "metadata": {}, "nbformat": 4}).encode()},
    "a solution line in a zip member": lambda line: {"extra.zip": _zip({"inner/t.py": line.encode()})},
}


def _zip(files: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize("how", sorted(PLANTED))
def test_the_search_finds_a_planted_solution_line(how, secrets):
    text = (paths.SOLUTION_DIR / "train_step.py").read_text(encoding="utf-8")
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == leaks.BEGIN)
    line = next(line for line in lines[start + 1:] if len(leaks.normalise(line)) >= leaks.EMBEDDED_CHARS)
    planted = PLANTED[how](line)
    found = leaks.find({**planted, "README.md": b"nothing here\n"}, secrets)
    carrier = next(iter(planted)) + ("!inner/t.py" if how.endswith("zip member") else "")
    assert f"{carrier}: {leaks.normalise(line)!r}" in "\n".join(found), found
    assert not [item for item in found if item.startswith("README.md")]


def test_the_search_finds_the_quiz_key_a_bug_case_copies_and_bytecode(secrets):
    bug = "flat = img.transpose(2, 3).reshape(img.size(0), -1)"  # tests/corpus/bugs/d_transposed_flatten
    assert bug in secrets, "the planted bug's line is no longer in the corpus: pick another"
    found = leaks.find({
        "answers.py": b'answer_q3 = "c"\n',
        "model.py": f"        {bug}\n".encode(),
        "notes/copy.txt": (paths.REPO_ROOT / "gankit" / "course" / "theory.py").read_bytes().replace(b"\n", b"\r\n"),
        "gankit/__pycache__/x.cpython-311.pyc": b"\x00\x01",
    }, secrets)
    assert any(item.startswith("answers.py:") and "quiz key" in item for item in found), found
    assert any(item.startswith("model.py:") and "d_transposed_flatten" in item for item in found), found
    assert "notes/copy.txt: a copy of gankit/course/theory.py" in found
    assert any(item.startswith("gankit/__pycache__/x.cpython-311.pyc: bytecode") for item in found), found


def test_the_same_repository_gives_the_same_zip(built, tmp_path):
    assert main(["handout", "--out", str(tmp_path), "--lang", "en"]) == 0
    first, again = (built / f"{handout.NAME}.zip").read_bytes(), (tmp_path / f"{handout.NAME}.zip").read_bytes()
    assert first == again
    infos = zipfile.ZipFile(io.BytesIO(first)).infolist()
    assert [info.filename for info in infos] == sorted(info.filename for info in infos)
    assert {info.date_time for info in infos} == {(1980, 1, 1, 0, 0, 0)}
    assert {info.external_attr >> 16 for info in infos} == {0o100644}
    assert all(info.filename.startswith(f"{handout.NAME}/") for info in infos)


def test_the_package_holds_the_course_files_and_the_classroom_workflow(built):
    folder, classroom = _tree(built / handout.NAME), _tree(built / f"{handout.NAME}-classroom")
    for name in kit_files.COURSE_FILES:
        assert folder[name] == (paths.REPO_ROOT / name).read_bytes(), name
    assert "gankit/data/subset/mnist_subset.npz" in folder and "gankit/course/theory.py" not in folder
    assert not [name for name in folder if name.startswith(("solutions/", "source/", "tests/", ".github/"))]
    assert folder["README.md"] == (paths.REPO_ROOT / "docs" / "student_guide.md").read_bytes()
    assert classroom[".github/workflows/classroom.yml"].decode().count("--lang en") == 1
    assert set(folder) < set(classroom)


def test_the_student_pyproject_asks_for_the_five_student_packages_at_the_kits_ranges(built):
    student = tomllib.loads((built / handout.NAME / "pyproject.toml").read_text(encoding="utf-8"))
    kit = tomllib.loads((paths.REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert student["project"]["dependencies"] == kit["project"]["dependencies"]
    assert sorted(dep.split(">")[0] for dep in student["project"]["dependencies"]) == [
        "matplotlib", "numpy", "pytest", "torch", "tqdm"]
    assert "optional-dependencies" not in student["project"]


def test_handout_writes_nothing_when_an_answer_would_leak(tmp_path, capsys, monkeypatch):
    stub = "raise NotImplementedError(\"train_step: 위의 TODO를 채우세요 / fill in the TODO above\")"
    monkeypatch.setattr(leaks, "secret_lines", lambda: {stub: "a planted secret"})  # a line the skeleton has
    assert main(["handout", "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("gankit handout: error: the package would hand out answers (") and "a planted secret" in err
    assert not (tmp_path / "out").exists()


def test_handout_refuses_a_file_as_its_folder(tmp_path, capsys):
    target = tmp_path / "file"
    target.write_text("x")
    assert main(["handout", "--out", str(target)]) == 2
    assert capsys.readouterr().err.strip() == f"gankit handout: error: --out {target} is a file: name a folder"


def test_the_readme_student_section_is_the_package_guide():
    readme = (paths.REPO_ROOT / "README.md").read_text(encoding="utf-8")
    guide = (paths.REPO_ROOT / "docs" / "student_guide.md").read_text(encoding="utf-8")
    assert handout.readme_section(guide) in readme, "run: python -m gankit.release.handout --readme"

