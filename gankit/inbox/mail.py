"""A mailbox export (an mbox file, or a folder of .eml files) read into plain letters.

Only the standard library's parsers read the mail (`mailbox`, `email` with the default policy,
which decodes RFC 2047 subjects and names and RFC 2231 file names in any charset Python knows,
CP949 included). A forwarded message (a message/rfc822 part) is kept whole as a letter of its own.
"""
import email
import email.utils
import mailbox
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email import policy
from pathlib import Path

from gankit.inbox.texts import error


@dataclass
class Attachment:
    """One attached file: its name as the sender's mail program wrote it, and its bytes."""

    name: str
    data: bytes


@dataclass
class Letter:
    """One message, reduced to what deciding a submission needs."""

    ref: str  # where it is in the export: "inbox.mbox#3" or "0003.eml"
    sender: str = ""  # the From address, lower-case
    sender_name: str = ""
    subject: str = ""
    sent: datetime = None  # timezone-aware; None when no date could be read
    date_from: str = ""  # which header gave `sent`: Date, Received or the mbox From line
    message_id: str = ""
    attachments: list = field(default_factory=list)  # [Attachment], nested multiparts flattened
    forwarded: list = field(default_factory=list)  # [Letter] of the message/rfc822 parts
    problem: str = ""  # why the message could not be read ("" when it could)


def read_export(path: Path) -> list:
    """Every message of an mbox file, an .eml file, or a folder of .eml files, in the export's order."""
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.suffix.lower() == ".eml" and p.is_file())
        if not files:
            raise error("no .eml files", folder=path)
        return [_letter_from_bytes(str(p.relative_to(path)), p.read_bytes()) for p in files]
    if not path.is_file():
        raise error("mailbox not found", path=path)
    if path.suffix.lower() == ".eml":
        return [_letter_from_bytes(path.name, path.read_bytes())]
    return _read_mbox(path)


def _read_mbox(path: Path) -> list:
    with open(path, "rb") as handle:
        if not handle.read(5) == b"From ":
            raise error("not an mbox", path=path)
    box = mailbox.mbox(path, create=False)
    letters = []
    try:
        for number, key in enumerate(box.iterkeys(), 1):
            ref = f"{path.name}#{number}"
            letter = _letter_from_bytes(ref, box.get_bytes(key))
            if letter.sent is None and not letter.problem:  # the export's own record of when it arrived
                letter.sent = _from_line_date(box.get_message(key).get_from())
                letter.date_from = "mbox From line" if letter.sent else ""
            letters.append(letter)
    finally:
        box.close()
    return letters


def _letter_from_bytes(ref: str, raw: bytes) -> Letter:
    try:
        message = email.message_from_bytes(raw, policy=policy.default)
        return _letter(ref, message)
    except Exception as err:  # a message the parser cannot take apart: listed as unreadable, never dropped
        return Letter(ref, problem=f"{type(err).__name__}: {err}")


def _letter(ref: str, message) -> Letter:
    name, address = email.utils.parseaddr(str(message.get("From", "")))
    letter = Letter(ref, sender=address.strip().lower(), sender_name=name.strip(),
                    subject=" ".join(str(message.get("Subject", "")).split()),
                    message_id=str(message.get("Message-ID", "")).strip())
    letter.sent, letter.date_from = _header_date(message)
    _collect_parts(message, letter, ref)
    return letter


def _collect_parts(part, letter: Letter, ref: str) -> None:
    """Attachments of `part` and its sub-parts, at any depth; a forwarded message becomes a letter."""
    if part.get_content_type() == "message/rfc822":
        inner = part.get_content()
        letter.forwarded.append(_letter(f"{ref}/forwarded{len(letter.forwarded) + 1}", inner))
    elif part.is_multipart():
        for sub in part.iter_parts():
            _collect_parts(sub, letter, ref)
    elif part.get_filename():
        letter.attachments.append(Attachment(part.get_filename(), _payload(part)))


def _payload(part) -> bytes:
    """The attachment's bytes as sent (a text/* part is not decoded: a .py file stays its own bytes)."""
    return part.get_payload(decode=True) or b""


def _header_date(message):
    """(time, header) from the Date header, else from the newest Received header (the receiving
    server's clock); (None, "") when neither holds a valid date."""
    date = _parse_date(str(message.get("Date", "")))
    if date:
        return date, "Date"
    for received in message.get_all("Received", []):
        date = _parse_date(str(received).rpartition(";")[2])
        if date:
            return date, "Received"
    return None, ""


def _from_line_date(from_line: str):
    """The date of an mbox 'From sender Tue Dec  8 08:59:00 2026' line (UTC by convention; Gmail
    writes '... 08:59:00 +0000 2026'), or None."""
    words = [word for word in (from_line or "").split()[1:] if not re.fullmatch(r"[+-]\d{4}", word)]
    try:
        date = datetime.strptime(" ".join(words[:5]), "%a %b %d %H:%M:%S %Y")
    except ValueError:
        return None
    return date.replace(tzinfo=timezone.utc)


def _parse_date(text: str):
    try:
        date = email.utils.parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if date is None:
        return None
    return date if date.tzinfo else date.replace(tzinfo=timezone.utc)  # "-0000": UTC, origin unknown
