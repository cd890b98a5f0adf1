"""Which message counts for whom: every message gets exactly one status, none is dropped.

Statuses: used (the submission graded), superseded (an earlier one of the same student), late
(sent after the deadline while an on-time one exists), unknown sender, no attachment, unreadable.

The student is the roster entry of the sender's address; else the one roster id named in an
attached zip's file name (`gankit submit` names it <id>.zip); else the one roster id in the subject.
A forwarded message (attached as message/rfc822) counts as its original sender's, sent when they
sent it. A student's latest valid submission at or before the deadline is used; with none on time,
their latest late one is used (the late policy of `gankit return` then applies to it).
"""
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from gankit.grading import intake

USED, SUPERSEDED, LATE = "used", "superseded", "late"
UNKNOWN, NO_ATTACHMENT, UNREADABLE = "unknown sender", "no attachment", "unreadable"
STATUSES = (USED, SUPERSEDED, LATE, UNKNOWN, NO_ATTACHMENT, UNREADABLE)
LOOSE_FILES = (*intake.MODULE_FILES, intake.SUMMARY_FILE)  # sent one by one instead of a zip


@dataclass
class Entry:
    """One message of the export and what became of it."""

    letter: object  # mail.Letter the submission came in (the forwarded one, when forwarded)
    ref: str  # the outer message's place in the export
    forwarded_by: str = ""
    student_id: str = ""
    found_by: str = ""  # "e-mail", "file name" or "subject"
    status: str = ""
    late_seconds: float = None  # after the deadline (None: on time or unknown)
    files: dict = field(default_factory=dict)  # the submission {file name: bytes}: one zip, or loose files
    notes: list = field(default_factory=list)  # [(texts key, params)] for the manifest's detail column
    file: str = ""  # where the submission was written in the submissions folder (folder.files_of)

    @property
    def is_zip(self) -> bool:
        return len(self.files) == 1 and next(iter(self.files)).lower().endswith(".zip")


def triage(letters: list, roster: list, deadline) -> list:
    """[Entry] for every letter, in the export's order, each with its status."""
    by_email = {student.email.lower(): student.student_id for student in roster}
    ids = [student.student_id for student in roster]
    entries = [_examine(letter, by_email, ids) for letter in letters]
    valid = {}
    for index, entry in enumerate(entries):
        if entry.status:
            continue
        sent = entry.letter.sent
        if sent is None:
            entry.status = UNREADABLE
            entry.notes.append(("note no date", {}))
            continue
        if sent > deadline:
            entry.late_seconds = (sent - deadline).total_seconds()
        valid.setdefault(entry.student_id, []).append((sent, index, entry))
    for found in valid.values():
        found.sort(key=lambda item: item[:2])
        on_time = [entry for _, _, entry in found if entry.late_seconds is None]
        late = [entry for _, _, entry in found if entry.late_seconds is not None]
        pool = on_time or late
        for entry in pool:
            entry.status = SUPERSEDED
        pool[-1].status = USED
        for entry in late if on_time else ():
            entry.status = LATE
    return entries


def _examine(letter, by_email: dict, ids: list) -> Entry:
    """An entry with its student and submission; its status set when the message cannot count."""
    entry = Entry(letter, letter.ref)
    if letter.problem:
        entry.status = UNREADABLE
        entry.notes.append(("note unparsable", {"error": letter.problem}))
        return entry
    if not _has_submission(letter) and any(_has_submission(inner) for inner in letter.forwarded):
        entry.letter = next(inner for inner in letter.forwarded if _has_submission(inner))
        entry.forwarded_by = letter.sender
        entry.notes.append(("note forwarded", {"by": letter.sender}))
    source = entry.letter
    zips, loose = _candidates(source)
    if not zips and not loose:
        entry.status = NO_ATTACHMENT
        names = ", ".join(a.name for a in source.attachments)
        entry.notes.append(("note other attachments", {"files": names}) if names else ("note no attachments", {}))
        return entry
    _identify(entry, by_email, ids, zips)
    if not entry.student_id:
        entry.status = UNKNOWN
        entry.files = _pick(entry, zips, loose) or {}
        return entry
    entry.files = _pick(entry, zips, loose)
    if entry.files is None:
        entry.files, entry.status = {}, UNREADABLE
        entry.notes.append(("note several zips", {"files": ", ".join(a.name for a in zips)}))
        return entry
    problem = _intake_problem(entry)
    if problem:
        entry.status = UNREADABLE
        entry.notes.append(("note intake", {"key": problem[0], "params": problem[1]}))
    return entry


def _candidates(letter):
    """(zip attachments, loose submission files) of a letter."""
    zips = [a for a in letter.attachments if _base(a.name).lower().endswith(".zip")]
    loose = [a for a in letter.attachments if _base(a.name) in LOOSE_FILES]
    return zips, loose


def _has_submission(letter) -> bool:
    return any(_candidates(letter))


def _base(name: str) -> str:
    """A file name without any folder a mail program kept, NFC (macOS mails send Hangul as NFD), with
    control characters replaced: it names a file in .held/."""
    base = unicodedata.normalize("NFC", name.replace("\\", "/").rsplit("/", 1)[-1])
    return "".join(ch if ch.isprintable() else "_" for ch in base)


def _named(text: str, ids: list) -> list:
    """The roster ids that appear in `text` as a whole word (not inside a longer number)."""
    return [sid for sid in ids if re.search(rf"(?<![A-Za-z0-9]){re.escape(sid)}(?![A-Za-z0-9])", text)]


def _identify(entry: Entry, by_email: dict, ids: list, zips: list) -> None:
    source = entry.letter
    in_names = sorted({sid for a in zips for sid in _named(_base(a.name), ids)})
    in_subject = _named(source.subject, ids)
    if source.sender in by_email:
        entry.student_id, entry.found_by = by_email[source.sender], "e-mail"
        others = [sid for sid in in_names if sid != entry.student_id]
        if others and entry.student_id not in in_names:
            entry.notes.append(("note zip names another", {"ids": ", ".join(others)}))
    elif len(in_names) == 1:
        entry.student_id, entry.found_by = in_names[0], "file name"
        entry.notes.append(("note sender not on roster", {"sender": source.sender}))
    elif len(in_subject) == 1:
        entry.student_id, entry.found_by = in_subject[0], "subject"
        entry.notes.append(("note sender not on roster", {"sender": source.sender}))


def _pick(entry: Entry, zips: list, loose: list):
    """{file name: bytes} of the submission; None when several zips leave it unclear which one."""
    if zips:
        if len(zips) > 1:
            mine = [a for a in zips if entry.student_id and _named(_base(a.name), [entry.student_id])]
            if len(mine) != 1:
                return None
            zips = mine
        if loose:
            entry.notes.append(("note loose ignored", {"files": ", ".join(_base(a.name) for a in loose)}))
        return {_base(zips[0].name): zips[0].data}
    return {_base(a.name): a.data for a in loose}  # a file sent twice: the later attachment


def _intake_problem(entry: Entry):
    """(note key, params) of gankit grade's intake when it would find nothing to grade, else None."""
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch, "submission")
        if entry.is_zip:
            source = source.with_suffix(".zip")
            source.write_bytes(next(iter(entry.files.values())))
        else:
            source.mkdir()
            for name, data in entry.files.items():
                (source / name).write_bytes(data)
        staged = Path(scratch, "staged")
        staged.mkdir()
        result = intake.stage(entry.student_id, source, staged)
    return result.notes[-1] if result.fatal else None
