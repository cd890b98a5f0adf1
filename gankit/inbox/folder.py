"""The submissions folder `gankit collect` writes: exactly what `gankit grade` reads, plus the manifest.

    SUBS/<id>.zip or SUBS/<id>/    the used submission of each student (a zip as it was mailed)
    SUBS/manifest.csv              every message: when, from whom, for whom, status, how late, why
    SUBS/manifest.json             the same with the roster and the deadline, for `gankit return`
    SUBS/.held/<n>-<file>          submissions not used (superseded, late, unknown sender, unreadable)

`gankit grade` ignores the manifest files and dot-folders. The folder is written whole beside its
final place and then renamed; an existing one is replaced only with --force, and collecting the
same export again gives the same bytes.
"""
import json
import os
import shutil
import tempfile
from pathlib import Path

from gankit.inbox import texts
from gankit.inbox.texts import error
from gankit.inbox.triage import USED

FORMAT = 1  # layout of manifest.json; bump when it changes
MANIFEST_CSV, MANIFEST_JSON, HELD = "manifest.csv", "manifest.json", ".held"
CSV_COLUMNS = ("n", "sent", "sender", "subject", "student_id", "status", "late_by", "file", "found_by",
               "detail", "source")


def ordered(entries: list) -> list:
    """Entries by the time they were sent (undated last), ties in the export's order: the same
    messages give the same manifest whether exported as an mbox or as .eml files."""
    position = {id(entry): index for index, entry in enumerate(entries)}
    return sorted(entries, key=lambda e: (e.letter.sent is None, e.letter.sent or 0, e.letter.message_id,
                                          position[id(e)]))


def files_of(entries: list) -> dict:
    """{relative path: bytes} of the whole folder but the manifest; sets each entry's `file`."""
    files = {}
    for number, entry in enumerate(entries, 1):
        if not entry.files:
            continue
        if entry.status == USED:
            place = f"{entry.student_id}.zip" if entry.is_zip else f"{entry.student_id}/"
        else:
            place = f"{HELD}/{number:03d}-{next(iter(entry.files))}" if entry.is_zip else f"{HELD}/{number:03d}/"
        entry.file = place
        for name, data in entry.files.items():
            files[place if entry.is_zip else place + name] = data
    return files


def manifest_rows(entries: list, tz, lang: str) -> list:
    """One dict per message, in manifest order (`files_of` has set each entry's file)."""
    rows = []
    for number, entry in enumerate(entries, 1):
        letter = entry.letter
        rows.append({
            "n": number, "source": entry.ref, "sender": letter.sender, "sender_name": letter.sender_name,
            "subject": letter.subject, "message_id": letter.message_id,
            "sent": letter.sent.astimezone(tz).isoformat(sep=" ") if letter.sent else "",
            "date_from": letter.date_from, "student_id": entry.student_id, "found_by": entry.found_by,
            "status": entry.status, "late_seconds": entry.late_seconds,
            "late_by": texts.duration(entry.late_seconds, lang) if entry.late_seconds else "",
            "file": entry.file, "forwarded_by": entry.forwarded_by,
            "notes": [[key, params] for key, params in entry.notes],
            "detail": texts.detail(entry.notes, lang, letter.date_from),
        })
    return rows


def manifest_csv(rows: list) -> str:
    from gankit.csv_cells import csv_text

    return csv_text(CSV_COLUMNS, [[row[column] for column in CSV_COLUMNS] for row in rows])


def manifest_json(rows: list, roster: list, deadline, tz_name: str) -> str:
    data = {"format": FORMAT, "deadline": deadline.isoformat(), "timezone": tz_name,
            "roster": [vars(student) for student in roster], "messages": rows}
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write(out: Path, files: dict, force: bool) -> str:
    """Put `files` at `out`: "new", "unchanged" or "replaced" (only with force)."""
    if out.exists() and not out.is_dir():
        raise error("out is a file", out=out)
    old = _tree(out) if out.is_dir() else None
    if old == files:
        return "unchanged"
    if old is not None and old:
        if MANIFEST_JSON not in old:
            raise error("out not ours", out=out)
        if not force:
            changed = len(set(old) ^ set(files)) + sum(old[k] != files[k] for k in set(old) & set(files))
            raise error("out differs", out=out, count=changed)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = Path(tempfile.mkdtemp(prefix=f".{out.name}.partial-", dir=out.parent))
    for name, data in files.items():
        path = partial / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    for path in [partial, *partial.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)  # the graders' unprivileged uids read them
    if old is not None:
        shutil.rmtree(out)
    partial.rename(out)
    return "replaced" if old else "new"


def _tree(folder: Path) -> dict:
    return {path.relative_to(folder).as_posix(): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}

