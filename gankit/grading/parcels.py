"""Submissions shipped to cluster workers that do not share the instructor's file system.

A zip travels whole. A folder travels as the tree the batch grader's intake walks: every file name
and link, the bytes of the files intake may read (the module files and the paper summary, up to
one byte past their size limit: a larger file is refused there all the same) and empty stand-ins
for the rest (intake reads only their names). Rebuilt on the worker under the same name, intake
sees what it would have seen on the instructor's machine: the same notes, sha256 and grade.
Nothing here runs student code; links are recreated as links, never followed.
"""
import os
import shutil
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from gankit.errors import UserError
from gankit.grading import intake, limits

# A zip more than twice the most the grader unpacks holds nothing it would grade (unless its
# headers lie); refusing to ship it keeps one stray file from filling the cluster's memory.
UPLOAD_ZIP_MIB = 2 * limits.ZIP_MIB
READ_LIMITS = {**{name: limits.SOURCE_MIB for name in intake.MODULE_FILES}, intake.SUMMARY_FILE: limits.SUMMARY_MIB}


@dataclass
class Parcel:
    """One submission on its way to a worker: a zip's bytes, or a folder's entries."""

    name: str  # the folder or zip name in the submissions folder (the feedback shows it)
    zip_bytes: bytes = None
    files: dict = field(default_factory=dict)  # relative posix path -> bytes
    links: dict = field(default_factory=dict)  # relative posix path -> link target
    others: list = field(default_factory=list)  # fifos, sockets, devices: counted, never read


def pack(source: Path) -> Parcel:
    """The parcel of a submission folder or zip (on the instructor's machine)."""
    try:
        return _pack(source)
    except OSError as err:
        raise UserError(f"cannot read {source} to upload it: {err.strerror or err}") from None


def _pack(source: Path) -> Parcel:
    parcel = Parcel(source.name)
    if not source.is_dir():
        size = source.stat().st_size
        if size > UPLOAD_ZIP_MIB * limits.MIB:
            raise UserError(f"{source} is {size / limits.MIB:.0f} MiB, too large to upload to the cluster "
                            f"(at most {UPLOAD_ZIP_MIB} MiB); remove it or grade on a shared file system")
        parcel.zip_bytes = source.read_bytes()
        return parcel
    count = 0
    for root, dirs, names in os.walk(source):  # the walk intake makes: junk folders pruned, links not followed
        dirs[:] = sorted(name for name in dirs if name not in intake.JUNK)
        for name in sorted(names) + [name for name in dirs if os.path.islink(os.path.join(root, name))]:
            count += 1
            if count > limits.ZIP_MEMBERS + 1:
                return parcel  # intake refuses the folder at this count: the rest changes nothing
            path = Path(root, name)
            relative = path.relative_to(source).as_posix()
            if path.is_symlink():
                parcel.links[relative] = os.readlink(path)
            elif path.is_file():
                parcel.files[relative] = _readable_part(path)
            else:
                parcel.others.append(relative)
    return parcel


def _readable_part(path: Path) -> bytes:
    limit = READ_LIMITS.get(path.name)
    if limit is None:
        return b""
    with open(path, "rb") as handle:
        return handle.read(limit * limits.MIB + 1)


def unpack(parcel: Parcel, folder: Path) -> Path:
    """Rebuild the submission inside the empty `folder` (on the worker); its path."""
    target = folder / parcel.name
    if parcel.zip_bytes is not None:
        target.write_bytes(parcel.zip_bytes)
        return target
    target.mkdir()
    for relative, data in parcel.files.items():
        path = _inside(target, relative)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    for relative in parcel.others:
        path = _inside(target, relative)
        path.parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(path, stat.S_IRUSR)
    for relative, link in parcel.links.items():  # last: nothing is written through a link
        path = _inside(target, relative)
        path.parent.mkdir(parents=True, exist_ok=True)
        os.symlink(link, path)
    return target


def _inside(target: Path, relative: str) -> Path:
    parts = PurePosixPath(relative).parts
    if not parts or ".." in parts or PurePosixPath(relative).is_absolute():
        raise ValueError(f"not a path inside the submission: {relative!r}")
    return target.joinpath(*parts)


class Unpacked:
    """`with Unpacked(parcel) as path:` the rebuilt submission, deleted afterwards."""

    def __init__(self, parcel: Parcel):
        self.parcel, self.folder = parcel, None

    def __enter__(self) -> Path:
        self.folder = Path(tempfile.mkdtemp(prefix="gankit-upload-"))
        return unpack(self.parcel, self.folder)

    def __exit__(self, *exc) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
