"""One short fingerprint of the checks: their code and the reference data they judge against.

The self-check prints it, `gankit submit` records it in the zip, and every grader shows its own;
when a submission was self-checked with another fingerprint, the feedback says so (the student
kept an outdated package, or the instructor changed a check). Line endings are normalised, so a
Windows checkout (CRLF) of the same files gives the same fingerprint.
"""
import hashlib
from pathlib import Path

from gankit import paths

CHECKS_DIR = Path(__file__).resolve().parent / "checks"
SUBMISSION_LOADER = Path(__file__).resolve().parent / "submission.py"  # how student modules are imported
LENGTH = 12  # hex digits shown: short enough to read aloud, 48 bits (no accidental collisions in a course)


def files(reference=None) -> list:
    """The files the fingerprint covers: every module of gankit/checks, the loader, the reference data."""
    return [*sorted(CHECKS_DIR.glob("*.py")), SUBMISSION_LOADER, Path(reference or paths.REFERENCE_FILE)]


def fingerprint(reference=None) -> str:
    """sha256 over the covered files (name and content, CRLF read as LF), its first LENGTH hex digits."""
    digest = hashlib.sha256()
    for path in files(reference):
        try:
            content = path.read_bytes().replace(b"\r\n", b"\n")
        except FileNotFoundError:
            content = b"(missing)"
        digest.update(path.name.encode() + b"\0" + content + b"\0")
    return digest.hexdigest()[:LENGTH]


SELF_CHECK_LIMIT = 1 << 20  # bytes of a submission's results.json read for its fingerprint (it is untrusted)
TEXT = {
    "fingerprint.line": {"ko": "검사 지문(checks fingerprint): {fingerprint}", "en": "checks fingerprint: {fingerprint}"},
}


def recorded(data: bytes):
    """The fingerprint a self-check recorded in its results.json (`gankit submit`), or None.

    The file comes from the student: anything but a short hex string is ignored."""
    import json
    import re

    if len(data) > SELF_CHECK_LIMIT:
        return None
    try:
        found = json.loads(data.decode("utf-8")).get("extra_data", {}).get("fingerprint")
    except (ValueError, AttributeError, UnicodeDecodeError, RecursionError):
        return None
    return found if isinstance(found, str) and re.fullmatch(r"[0-9a-f]{1,64}", found) else None
