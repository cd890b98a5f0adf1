"""Submissions as they arrive (a folder or a zip per student) turned into the files the checks load.

Nothing here runs student code. Only regular files are read (never a link: a `generator.py` that
links to the solution must not smuggle it in), zips are read member by member with their paths
checked (never extracted), and sizes are capped before anything is read. What a student gets
told about their upload is a list of notes (messages.NOTES); a `fatal` note means nothing could
be graded.
"""
import hashlib
import os
import stat
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from gankit.errors import UserError
from gankit.fingerprint import SELF_CHECK_LIMIT, fingerprint, recorded
from gankit.grading import limits, scan
from gankit.submission import MODULES

MODULE_FILES = tuple(f"{name}.py" for name in MODULES)
SUMMARY_FILE = "paper_summary.md"
SELF_CHECK_FILE = "results.json"  # the self-check `gankit submit` packs: only its checks fingerprint is read
# Folders and files that tools add to uploads; never a student's work.
JUNK = {"__MACOSX", ".DS_Store", "__pycache__", ".ipynb_checkpoints", ".git", "Thumbs.db"}


@dataclass
class Intake:
    """One submission after intake: who, what was staged, and what the student should be told."""

    student: str
    source: str  # the folder or zip name in the submissions folder
    sha256: str = ""  # of the staged files: a changed submission is noticed on resume
    notes: list = field(default_factory=list)  # [(note key, params)]
    fatal: bool = False  # nothing to grade
    has_summary: bool = False
    flags: list = field(default_factory=list)  # [(file, line, pattern, text)] for the instructor (scan.py)


def discover(folder: Path):
    """[(student id, path)] for every sub-folder and zip of `folder`, sorted; and what was skipped."""
    if not folder.is_dir():
        raise UserError(f"submissions folder not found: {folder}")
    if any((folder / name).is_file() for name in MODULE_FILES):
        raise UserError(f"{folder} holds one submission's files: pass the folder that holds one "
                        "sub-folder or zip per student")
    found, skipped, seen = [], [], {}
    for path in sorted(folder.iterdir()):
        student = unicodedata.normalize("NFC", path.stem if _is_zip(path) else path.name)
        if path.name in JUNK or path.name.startswith("."):
            continue
        if path.is_symlink() or not (path.is_dir() or _is_zip(path)):
            skipped.append(path.name)
            continue
        if any(unicodedata.category(ch) == "Cc" for ch in student):
            raise UserError(f"{path.name!r}: a student id may not contain control characters; rename it")
        if student in seen:
            raise UserError(f"two submissions for student {student}: {seen[student]} and {path.name}; keep one")
        seen[student] = path.name
        found.append((student, path))
    if not found:
        raise UserError(f"no submissions in {folder}: expected one sub-folder or .zip per student")
    return found, skipped


def _is_zip(path: Path) -> bool:
    return path.suffix.lower() == ".zip" and not path.is_dir()


def stage(student: str, source: Path, dest: Path) -> Intake:
    """Copy the module files of `source` (folder or zip) into the empty folder `dest`."""
    intake = Intake(student, source.name)
    try:
        files = _read_zip(source, intake) if _is_zip(source) else _read_folder(source, intake)
    except OSError as err:
        intake.notes.append(("unreadable", {"error": err.strerror or type(err).__name__}))
        intake.fatal = True
        return intake
    except _Fatal as err:
        intake.notes.append(err.args)
        intake.fatal = True
        return intake
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(f"{name}\0{len(files[name])}\0".encode() + files[name])
        if name in MODULE_FILES:
            _check_text(name, files[name], intake)
            intake.flags += scan.flags(name, files[name])
            (dest / name).write_bytes(files[name])
            os.chmod(dest / name, 0o644)  # readable by the checks' unprivileged uid
    intake.sha256 = digest.hexdigest()
    intake.has_summary = SUMMARY_FILE in files
    missing = [name for name in MODULE_FILES if name not in files]
    if missing:
        intake.notes.append(("missing", {"files": ", ".join(missing)}))
    if not intake.has_summary:
        intake.notes.append(("no_summary", {"file": SUMMARY_FILE}))
    return intake


class _Fatal(Exception):
    """(note key, params) of a problem that leaves nothing to grade."""


def _read_folder(folder: Path, intake: Intake) -> dict:
    entries, count = {}, 0
    for root, dirs, names in os.walk(folder):  # does not follow links to folders
        dirs[:] = sorted(name for name in dirs if name not in JUNK)
        for name in sorted(names) + [name for name in dirs if os.path.islink(os.path.join(root, name))]:
            count += 1
            if count > limits.ZIP_MEMBERS:
                raise _Fatal("too_many", {"limit": limits.ZIP_MEMBERS})
            path = Path(root, name)
            relative = PurePosixPath(path.relative_to(folder).as_posix())
            if _is_junk(relative):
                continue
            if path.is_symlink():
                intake.notes.append(("link", {"path": str(relative)}))
            elif path.is_file():
                entries[relative] = path
    return _pick(entries, intake, _read_regular)


def _read_regular(path: Path, limit: int) -> bytes:
    """A regular file's bytes (None if larger than `limit`), never following a link."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        data = handle.read(limit + 1)
    return data if len(data) <= limit else None


def _read_zip(path: Path, intake: Intake) -> dict:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise _Fatal("not_zip", {}) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.ZIP_MEMBERS:
            raise _Fatal("too_many", {"limit": limits.ZIP_MEMBERS})
        if sum(info.file_size for info in infos) > limits.ZIP_MIB * limits.MIB:
            raise _Fatal("too_large", {"mib": limits.ZIP_MIB})
        entries = {}
        for info in infos:
            relative = _member_path(info.filename)
            if info.is_dir() or _is_junk(relative):
                continue
            if info.flag_bits & 0x1:
                raise _Fatal("encrypted", {})
            if stat.S_ISLNK(info.external_attr >> 16):
                intake.notes.append(("link", {"path": str(relative)}))
                continue
            entries[relative] = info
        if not entries:
            raise _Fatal("empty", {})
        return _pick(entries, intake, lambda info, limit: _read_member(archive, info, limit))


def _member_path(name: str) -> PurePosixPath:
    """A zip member's path, refused if it would land outside the student's folder."""
    path = PurePosixPath(name.replace("\\", "/"))
    if path.is_absolute() or ".." in path.parts or (path.parts and ":" in path.parts[0]):
        raise _Fatal("unsafe_path", {"path": name})
    return path


def _read_member(archive, info, limit: int) -> bytes:
    if info.file_size > limit:
        return None
    try:
        with archive.open(info) as member:
            data = member.read(limit + 1)  # the header's size may lie
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, ValueError):
        raise _Fatal("not_zip", {}) from None
    return data if len(data) <= limit else None


def _is_junk(path: PurePosixPath) -> bool:
    return any(part in JUNK or part.startswith("._") for part in path.parts)


def _pick(entries: dict, intake: Intake, read) -> dict:
    """{file name: bytes} of the module files and the summary, from the one folder that holds them.

    Students zip the folder as often as its contents: files one level (or more) down are used
    when exactly one folder holds them.
    """
    wanted = set(MODULE_FILES) | {SUMMARY_FILE}
    homes = sorted({path.parent for path in entries if path.name in MODULE_FILES}, key=lambda p: (len(p.parts), str(p)))
    if not homes:
        raise _Fatal("no_files", {"files": ", ".join(MODULE_FILES)})
    if len(homes) > 1 and len(homes[0].parts) == len(homes[1].parts):
        raise _Fatal("ambiguous", {"folders": ", ".join(f"{home}/" for home in homes)})
    home = homes[0]
    if home.parts:
        intake.notes.append(("nested", {"folder": f"{home}/"}))
    files, ignored = {}, []
    for path, entry in sorted(entries.items()):
        if path == home / SELF_CHECK_FILE:
            _compare_fingerprint(read(entry, SELF_CHECK_LIMIT), intake)
            continue
        if path.parent != home or path.name not in wanted:
            ignored.append(str(path))
            continue
        limit = (limits.SOURCE_MIB if path.name in MODULE_FILES else limits.SUMMARY_MIB) * limits.MIB
        data = read(entry, limit)
        if data is None:
            intake.notes.append(("file_too_large", {"file": path.name, "mib": limit // limits.MIB}))
        else:
            files[path.name] = data
    if ignored:
        intake.notes.append(("ignored", {"files": ", ".join(ignored[:10]) + (" ..." if len(ignored) > 10 else "")}))
    return files


def _compare_fingerprint(data, intake: Intake) -> None:
    """A note when the student's self-check ran other checks than this grader's (an outdated package)."""
    theirs = recorded(data) if data is not None else None
    ours = fingerprint() if theirs else None
    if theirs and theirs != ours:
        intake.notes.append(("fingerprint_differs", {"theirs": theirs, "ours": ours}))


def _check_text(name: str, data: bytes, intake: Intake) -> None:
    problem = text_problem(data)
    if problem:
        intake.notes.append((problem, {"file": name}))


def text_problem(data: bytes):
    """Why Python would refuse to import this source ("binary", "not_utf8": Python 3 reads source as
    UTF-8, and Windows editors in Korea often save CP949), or None."""
    if b"\0" in data:
        return "binary"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "not_utf8"
    return None
