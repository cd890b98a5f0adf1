"""Find MNIST (in a fixed search order), load it as uint8 arrays, and convert images to the lecture's [-1, 1]."""
import os
from pathlib import Path

import numpy as np

from gankit.data import bundled, idx
from gankit.data.dataset import Mnist
from gankit.data.idx import read_folder
from gankit.errors import UserError
from gankit.paths import SHARED_MNIST

ENV_VAR = "GANKIT_MNIST"
TORCHVISION_SUBDIR = Path("MNIST") / "raw"  # torchvision.datasets.MNIST(root) keeps its files here
LECTURE_ROOT = Path("data")  # the lecture notebook's root="./data"
DOWNLOAD_ROOT = Path.home() / ".cache" / "gankit" / "mnist"  # where --download puts torchvision's copy


def to_unit_range(images: np.ndarray):
    """uint8 (N, H, W) -> float32 tensor (N, 1, H, W) in [-1, 1], bit for bit what
    ToTensor() then Normalize((0.5,), (0.5,)) gives."""
    import torch

    pixels = np.array(images, dtype=np.uint8)  # a writable copy: IDX arrays are read-only views
    x = torch.from_numpy(pixels).unsqueeze(1).float().div(255)  # ToTensor
    return x.sub_(0.5).div_(0.5)  # Normalize((0.5,), (0.5,))  # (N, 1, H, W)


def _has_mnist(folder: Path) -> bool:
    return folder.is_dir() and any(idx.find_file(folder, name) for name in idx.FILES)


def _folder_in(path: Path):
    """path itself, or its torchvision layout path/MNIST/raw, whichever holds MNIST files."""
    for folder in (path, path / TORCHVISION_SUBDIR):
        if _has_mnist(folder):
            return folder
    return None


def candidates(data=None):
    """(label, path, explicit) in search order: --data, $GANKIT_MNIST, shared/, ./data, the download cache."""
    if data:
        yield "--data", Path(data), True
    if os.environ.get(ENV_VAR):
        yield f"${ENV_VAR}", Path(os.environ[ENV_VAR]), True
    yield "shared", SHARED_MNIST, False
    yield "./data", LECTURE_ROOT, False
    yield "download cache", DOWNLOAD_ROOT, False


def download(root: Path = DOWNLOAD_ROOT) -> Path:
    """Fetch MNIST with torchvision into root/MNIST/raw (needs the network and torchvision)."""
    try:
        from torchvision.datasets import MNIST
    except ImportError:
        raise UserError("--download needs torchvision: pip install 'gankit[vision]'") from None
    try:
        MNIST(str(root), train=True, download=True)
        MNIST(str(root), train=False, download=True)
    except Exception as err:  # torchvision raises RuntimeError, URLError, ... depending on what failed
        raise UserError(f"MNIST download failed ({err}); pass --data DIR with the four IDX files") from None
    return root / TORCHVISION_SUBDIR


def load_mnist(data=None, download_ok: bool = False, allow_subset: bool = True) -> Mnist:
    """MNIST from the first place in the search order that has it (see docs/training.md).

    Order: --data DIR, $GANKIT_MNIST, ../shared/data/mnist, ./data/MNIST/raw, the download cache,
    then the small subset bundled with the kit, and torchvision's download only with download_ok.
    An explicit place (--data, $GANKIT_MNIST) that lacks the files is an error, never skipped.
    """
    for label, path, explicit in candidates(data):
        folder = _folder_in(path)
        if folder is not None:
            return read_folder(folder)
        if explicit:
            raise UserError(f"no MNIST files in {path} (from {label}); expected {', '.join(idx.FILES)} (.gz or raw)")
    if download_ok:
        return read_folder(download())
    if allow_subset:
        return bundled.load()
    raise UserError("MNIST not found; pass --data DIR, set $GANKIT_MNIST, or use --download")
