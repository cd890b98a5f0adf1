"""Reproducible zip archives: sorted members, fixed dates and permissions, so the same files give the same bytes."""
import io
import zipfile

ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # the earliest date a zip can hold: no build time leaks into the bytes
FILE_MODE = 0o644
SCRIPT_MODE = 0o755


def zip_bytes(files: dict) -> bytes:
    """The zip of {name: bytes, or (bytes, mode)}: members sorted by name, each a regular file."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            data, mode = files[name] if isinstance(files[name], tuple) else (files[name], FILE_MODE)
            member = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            member.external_attr = (0o100000 | mode) << 16  # S_IFREG | permissions
            member.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(member, data)
    return buffer.getvalue()
