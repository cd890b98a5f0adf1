"""Answers that must never reach a student, and a search for them in any set of files.

What counts as an answer (each as normalised lines, whitespace collapsed):
- every line between `### BEGIN SOLUTION` and `### END SOLUTION` in solutions/ (code and the
  model paper summary) and in the nbgrader source notebook, whose hidden tests
  (`### BEGIN HIDDEN TESTS`) and mark schemes (`=== BEGIN MARK SCHEME ===`) count too;
- the quiz key of gankit/course/theory.py, as the assignments a student would write
  (`answer_q1 = "b"`);
- every line a planted-bug case of tests/corpus/bugs adds to the solution;
- every line of the instructor's guide to the discussion hour (docs/discussion_guide.md);
- any file whose content is that of a file under solutions/, the notebook, the quiz key, a bug
  case or the discussion guide.
Lines shorter than MIN_CHARS (`)`, `nn.ReLU(),`, `return x`) and the headers of compound
statements (`with torch.no_grad():`) say nothing without what follows them and are skipped, and so is a line the solution source itself publishes outside its regions (its TODO
steps and hints go to students on purpose: "backward, opt_d.step()"). A file leaks a line when one
of its lines is that line (whitespace normalised) or, for a line of at least EMBEDDED_CHARS, when
it holds it anywhere (in a comment, a string, a notebook cell, a zip member).

The search looks inside every file: text as it is, notebooks and zips (the .npz data too) member
by member, and in binary files the runs of printable text (bytecode keeps its string constants);
bytecode itself is refused outright (`.pyc` can hold compiled solutions).
"""
import hashlib
import importlib.util
import io
import json
import re
import zipfile
from pathlib import Path

from gankit import paths
from gankit.markers import BEGIN, END

MIN_CHARS = 12  # a normalised line shorter than this is syntax or a one-word statement, not an answer
EMBEDDED_CHARS = 30  # shorter lines are API calls the hints name too ("d_loss.backward()"): whole lines only
REGIONS = ((BEGIN, END), ("### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"),
           ("=== BEGIN MARK SCHEME ===", "=== END MARK SCHEME ==="))
NOTEBOOK = paths.REPO_ROOT / "source" / paths.ASSIGNMENT / f"{paths.ASSIGNMENT}.ipynb"
THEORY = paths.REPO_ROOT / "gankit" / "course" / "theory.py"
BUGS = paths.REPO_ROOT / "tests" / "corpus" / "bugs"
DISCUSSION_GUIDE = paths.REPO_ROOT / "docs" / "discussion_guide.md"  # what a good answer covers: TAs only
BYTECODE = (".pyc", ".pyo")
# Solution lines the kit shows students on purpose, each with the reason.
ALLOWED = {
    "return d_loss.item(), g_loss.item()": "the hint of step.returns (gankit/checks/messages.py): the TODO already "
                                           "asks for the two losses as Python floats",
}
HEADER = re.compile(r"^(with|for|while|if|elif|else|try|except|finally)\b.*:$")  # the body says what matters
PRINTABLE = re.compile(rb"[\x20-\x7e\t]{%d,}" % MIN_CHARS)  # text runs inside binary files


def normalise(line: str) -> str:
    return " ".join(line.split())


def telling(line: str) -> bool:
    """Whether a normalised line can say something on its own: long enough, and not a statement header."""
    return len(line) >= MIN_CHARS and not HEADER.match(line)


def _lines(text: str, origin: str) -> dict:
    return {normalise(line): origin for line in text.splitlines() if telling(normalise(line))}


def _regions(text: str, origin: str) -> dict:
    """The non-trivial lines inside any REGIONS pair of markers."""
    found, inside = {}, None
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        ends = [end for begin, end in REGIONS if stripped == begin]
        if ends:
            inside = ends[0]
        elif stripped == inside:
            inside = None
        elif inside and telling(normalise(line)):
            found[normalise(line)] = f"{origin}:{number}"
    return found


def _cells(text: str) -> list:
    """The sources of a notebook's cells."""
    return ["".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            for cell in json.loads(text)["cells"]]


def _bug_lines(case_dir: Path) -> dict:
    """The lines the planted bug adds: its whole files and its edits' new text, minus the solution's own lines."""
    spec = importlib.util.spec_from_file_location(f"leaks_case_{case_dir.name}", case_dir / "case.py")
    case = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(case)
    solution = {}
    for path in paths.SOLUTION_DIR.glob("*.py"):
        solution.update(_lines(path.read_text(encoding="utf-8"), ""))
    added = {}
    texts = [*getattr(case, "FILES", {}).values(), *(new for _, _, new in getattr(case, "EDITS", []))]
    for text in texts:
        added.update(_lines(text, f"tests/corpus/bugs/{case_dir.name}"))
    return {line: origin for line, origin in added.items() if line not in solution}


def secret_lines() -> dict:
    """normalised answer line -> where it comes from ("solutions/week01_gan/train_step.py:57")."""
    from gankit.course.theory import QUESTIONS

    found = {}
    for path in sorted(paths.SOLUTION_DIR.rglob("*")):
        if path.is_file():
            found.update(_regions(path.read_text(encoding="utf-8"), path.relative_to(paths.REPO_ROOT).as_posix()))
    for index, cell in enumerate(_cells(NOTEBOOK.read_text(encoding="utf-8"))):
        found.update(_regions(cell, f"{NOTEBOOK.relative_to(paths.REPO_ROOT).as_posix()} cell {index}"))
    found.update({f'answer_{q.id} = "{q.answer}"': "gankit/course/theory.py (quiz key)" for q in QUESTIONS})
    for case_dir in sorted(BUGS.iterdir()):
        found.update(_bug_lines(case_dir))
    guide = DISCUSSION_GUIDE.relative_to(paths.REPO_ROOT).as_posix()
    found.update(_lines(DISCUSSION_GUIDE.read_text(encoding="utf-8"), guide))
    public = _public_text()
    return {line: origin for line, origin in found.items() if line not in public and line not in ALLOWED}


def _public_text() -> str:
    """What the solution source publishes on purpose: every line of solutions/ outside the regions, normalised."""
    kept = []
    for path in sorted(paths.SOLUTION_DIR.rglob("*")):
        if path.is_file():
            inside = _regions(path.read_text(encoding="utf-8"), "")
            kept += [normalise(line) for line in path.read_text(encoding="utf-8").splitlines()
                     if normalise(line) not in inside]
    return "\n".join(kept)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data.replace(b"\r\n", b"\n")).hexdigest()


def secret_files() -> dict:
    """sha256 (CRLF read as LF) of each instructor-only file -> its path."""
    files = [*paths.SOLUTION_DIR.rglob("*"), NOTEBOOK, THEORY, *BUGS.rglob("case.py"), DISCUSSION_GUIDE]
    return {_digest(path.read_bytes()): path.relative_to(paths.REPO_ROOT).as_posix() for path in files if path.is_file()}


def members(name: str, data: bytes):
    """(name, bytes) of a file and, for a zip (an .npz too), of every member, recursively ("a.zip!b/c.py")."""
    yield name, data
    if data[:4] == b"PK\x03\x04":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for member in archive.namelist():
                yield from members(f"{name}!{member}", archive.read(member))


def text_of(name: str, data: bytes) -> str:
    """What to search in one file: UTF-8 text (a notebook's cell sources), else its printable runs."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return "\n".join(run.decode("ascii") for run in PRINTABLE.findall(data))
    if name.endswith(".ipynb"):
        try:
            return "\n".join(_cells(text))
        except (ValueError, KeyError, TypeError):
            pass  # not a notebook after all: search it as text
    return text


def find(files: dict, lines: dict = None, digests: dict = None) -> list:
    """Every leak in {name: bytes}: "NAME: <what> (from ORIGIN)" lines; empty when nothing leaks."""
    lines = secret_lines() if lines is None else lines
    digests = secret_files() if digests is None else digests
    leaks = []
    for top, content in sorted(files.items()):
        for name, data in members(top, content):
            if name.endswith(BYTECODE) or "__pycache__/" in name:
                leaks.append(f"{name}: bytecode (may hold compiled solutions)")
            if _digest(data) in digests:
                leaks.append(f"{name}: a copy of {digests[_digest(data)]}")
            own = [normalise(line) for line in text_of(name, data).splitlines()]
            flat, whole = "\n".join(own), set(own)
            leaks += [f"{name}: {line!r} (from {origin})" for line, origin in lines.items()
                      if line in whole or (len(line) >= EMBEDDED_CHARS and line in flat)]
    return leaks
