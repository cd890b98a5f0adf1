"""The IDX file format of MNIST: a big-endian header (magic, dims) then uint8 data, plain or gzipped."""
import functools
import gzip
import hashlib
import os
from pathlib import Path

import numpy as np

from gankit.data.dataset import Mnist
from gankit.errors import UserError

# The four official files, their uncompressed sha256 (shared/data/mnist/README.md) and shapes.
FILES = {
    "train-images-idx3-ubyte": "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
    "train-labels-idx1-ubyte": "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
    "t10k-images-idx3-ubyte": "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
    "t10k-labels-idx1-ubyte": "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2",
}
UBYTE_TYPE_CODE = 0x08  # third magic byte: unsigned bytes, the only type MNIST uses
GZIP_MAGIC = b"\x1f\x8b"


def find_file(folder: Path, name: str):
    """`name` or `name.gz` inside folder (the raw file first), or None."""
    for candidate in (folder / name, folder / f"{name}.gz"):
        if candidate.is_file():
            return candidate
    return None


def read_bytes(path: Path) -> bytes:
    """The uncompressed content of an IDX file, gunzipping it when it starts with gzip's magic."""
    try:
        raw = path.read_bytes()
        return gzip.decompress(raw) if raw[:2] == GZIP_MAGIC else raw
    except (OSError, EOFError) as err:
        raise UserError(f"cannot read MNIST file {path}: {err}") from None


def parse(path: Path, content: bytes) -> np.ndarray:
    """The uint8 array an IDX file holds: (N,) for labels, (N, H, W) for images."""
    if len(content) < 4 or content[:2] != b"\x00\x00" or content[2] != UBYTE_TYPE_CODE:
        raise UserError(f"{path} is not an MNIST IDX file (wrong magic number {content[:4].hex()})")
    ndim = content[3]
    header = 4 + 4 * ndim
    dims = tuple(int.from_bytes(content[4 + 4 * i: 8 + 4 * i], "big") for i in range(ndim))
    if len(content) != header + int(np.prod(dims)):
        raise UserError(f"{path} is truncated: header says {dims}, file has {len(content) - header} data bytes")
    return np.frombuffer(content, dtype=np.uint8, offset=header).reshape(dims)


def read_idx(folder: Path, name: str, verify: bool = True) -> np.ndarray:
    """Read MNIST file `name` (raw or .gz) from folder, checking its sha256 against the official one."""
    path = find_file(folder, name)
    if path is None:
        raise UserError(f"MNIST file missing: {folder / name}[.gz]")
    content = read_bytes(path)
    array = parse(path, content)
    if verify and hashlib.sha256(content).hexdigest() != FILES[name]:
        raise UserError(f"MNIST file corrupt: {path} (sha256 differs from the official {name}; re-download it)")
    return array


def read_folder(folder: Path, verify: bool = True) -> Mnist:
    """The four IDX files in folder, each checked against its published checksum."""
    folder = Path(folder).resolve()
    stamp = tuple(os.stat(find_file(folder, name) or folder).st_mtime_ns for name in FILES)
    return _read_folder_cached(folder, verify, stamp)


@functools.lru_cache(maxsize=2)  # train then evaluate in one process read the files once; arrays are read-only
def _read_folder_cached(folder: Path, verify: bool, stamp: tuple) -> Mnist:
    arrays = [read_idx(folder, name, verify) for name in FILES]
    return Mnist(*arrays, source=str(folder))
