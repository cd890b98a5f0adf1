"""The small MNIST subset shipped inside the kit, so that it trains offline on a fresh machine.

MNIST (Yann LeCun, Corinna Cortes, Christopher J.C. Burges) is licensed CC BY-SA 3.0; the subset
keeps that licence (see gankit/data/subset/README.md). Regenerate it from the full files with
`python -m gankit.data.bundled FOLDER`.
"""
import sys
from pathlib import Path

import numpy as np

from gankit.data.dataset import Mnist
from gankit.data.idx import read_folder
from gankit.errors import UserError

SUBSET_FILE = Path(__file__).resolve().parent / "subset" / "mnist_subset.npz"
TRAIN_SIZE = 10_000  # the first 10k training images: every class, ~1.6 MB compressed
TEST_SIZE = 2_000  # the first 2k test images: enough for a rough Parzen estimate


def load():
    """The bundled subset as an Mnist (train: TRAIN_SIZE images, test: TEST_SIZE)."""
    if not SUBSET_FILE.is_file():
        raise UserError("MNIST not found and the bundled subset is missing; pass --data DIR or use --download")
    with np.load(SUBSET_FILE) as npz:
        arrays = [npz[key] for key in ("train_images", "train_labels", "test_images", "test_labels")]
    return Mnist(*arrays, source=f"bundled subset ({TRAIN_SIZE} train / {TEST_SIZE} test images)", is_subset=True)


def write(full_folder: Path, out: Path = SUBSET_FILE) -> Path:
    """Cut the subset out of the full, checksum-verified MNIST files in full_folder."""
    full = read_folder(Path(full_folder))
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        out,
        train_images=full.train_images[:TRAIN_SIZE], train_labels=full.train_labels[:TRAIN_SIZE],
        test_images=full.test_images[:TEST_SIZE], test_labels=full.test_labels[:TEST_SIZE],
    )
    return out


if __name__ == "__main__":
    print(write(Path(sys.argv[1])))
