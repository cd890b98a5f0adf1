"""Collect e-mailed homework: a mailbox export in, the submissions folder `gankit grade` reads out.

    gankit collect MAILBOX --roster roster.csv --deadline "2026-12-08 09:00" [--tz Asia/Seoul] --out SUBS

MAILBOX is an mbox file (Gmail's and Thunderbird's export) or a folder of .eml files. SUBS gets
one <id>.zip or <id>/ per student (the latest submission at or before the deadline; with none on
time, the latest late one), manifest.csv/.json with every message and its status, and .held/ with
the submissions not used. Collecting the same export again changes nothing; a different result
replaces SUBS only with --force.
"""
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from gankit.i18n import LANGS
from gankit.inbox.texts import error

DEFAULT_TZ = "Asia/Seoul"  # the course's time zone
HOW = {"new": "how new", "unchanged": "how unchanged", "replaced": "how replaced"}  # folder.write -> text


def add_arguments(parser):
    parser.add_argument("mailbox", type=Path, help="an mbox file, an .eml file or a folder of .eml files")
    parser.add_argument("--roster", type=Path, required=True, help="CSV: student_id,name,email[,section]")
    parser.add_argument("--deadline", required=True, help='e.g. "2026-12-08 09:00" (in --tz)')
    parser.add_argument("--tz", default=DEFAULT_TZ, help=f"time zone of the deadline (default {DEFAULT_TZ})")
    parser.add_argument("--out", type=Path, required=True, help="the submissions folder to write (SUBS)")
    parser.add_argument("--force", action="store_true", help="replace an earlier, different collection in --out")
    parser.add_argument("--lang", choices=LANGS, default=None, help="language of the output and the "
                        "manifest's detail column (default: $GANKIT_LANG or ko)")


def deadline_of(text: str, tz_name: str):
    """The deadline as an aware datetime in the time zone `tz_name`."""
    try:
        tz = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        raise error("unknown time zone", tz=tz_name) from None
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise error("bad deadline", deadline=text) from None
    return moment.replace(tzinfo=tz) if moment.tzinfo is None else moment.astimezone(tz)


def run(args) -> int:
    from gankit.inbox.texts import in_lang

    return in_lang(_collect, args)


def _collect(args, lang: str) -> int:
    from gankit.inbox import folder, mail, roster, triage
    from gankit.inbox.texts import text

    deadline = deadline_of(args.deadline, args.tz)
    students = roster.read(args.roster)
    entries = folder.ordered(triage.triage(mail.read_export(args.mailbox), students, deadline))
    files = folder.files_of(entries)
    rows = folder.manifest_rows(entries, deadline.tzinfo, lang)
    files[folder.MANIFEST_CSV] = folder.manifest_csv(rows).encode("utf-8")
    files[folder.MANIFEST_JSON] = folder.manifest_json(rows, students, deadline, args.tz).encode("utf-8")
    how = folder.write(args.out, files, args.force)
    counts = {status: sum(e.status == status for e in entries) for status in triage.STATUSES}
    print(text("collect counts", lang, messages=len(entries), deadline=deadline.isoformat(sep=" "),
               counts=", ".join(f"{status} {n}" for status, n in counts.items() if n)))
    used = {e.student_id: e for e in entries if e.status == triage.USED}
    missing = [s.student_id for s in students if s.student_id not in used]
    print(text("collect students", lang, submitted=len(used), enrolled=len(students), missing=", ".join(missing) or "-",
               late=sum(e.late_seconds is not None for e in used.values())))
    for entry in entries:
        if entry.status == triage.UNKNOWN:
            print(text("collect unknown", lang, sender=entry.letter.sender, subject=entry.letter.subject,
                       file=args.out / entry.file))
    print(text("collect wrote", lang, out=args.out, how=text(HOW[how], lang),
               manifest=args.out / folder.MANIFEST_CSV))
    return 0
