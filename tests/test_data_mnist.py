"""gankit.data: MNIST's files are found in the documented order, verified, and converted like the lecture.

The tests run on the official files in ../shared when they are there; without them, on the bundled
subset written out as the same four IDX files (with its own checksums), so no test needs ../shared.
"""
import gzip
import hashlib

import numpy as np
import pytest
import torch

from gankit.data import bundled, dataset, idx, mnist
from gankit.errors import UserError
from gankit.paths import SHARED_MNIST

# Train label counts published in shared/data/mnist/README.md, and those of the bundled subset.
TRAIN_LABEL_COUNTS = [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949]
SUBSET_TRAIN_LABEL_COUNTS = [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978]
# sha256 of the official files' first rows (train images, train labels, test images, test labels, as
# uint8 bytes in that order), measured once on ../shared: the bundled subset must be exactly these.
FIRST_ROWS_SHA256 = "1e69420d546ce587b9fb07b6d2eafc89ce39cc8c539be4352f4e4eb1fafe84a4"
SMALL_FILE = "t10k-labels-idx1-ubyte"  # 10 kB: cheap to damage in tests


def write_idx(path, array: np.ndarray) -> bytes:
    """array as a gzipped IDX file (magic 0 0 8 ndim, big-endian dims, uint8 data); its uncompressed bytes."""
    content = bytes([0, 0, idx.UBYTE_TYPE_CODE, array.ndim]) + np.array(array.shape, ">u4").tobytes() + array.tobytes()
    path.write_bytes(gzip.compress(content, mtime=0))
    return content


@pytest.fixture(scope="module")
def official(tmp_path_factory):
    """(folder of the four .gz files, their train label counts): ../shared's, else the bundled subset's
    written as IDX files, whose checksums then stand in for the published ones."""
    if SHARED_MNIST.is_dir():
        yield SHARED_MNIST, TRAIN_LABEL_COUNTS
        return
    folder, subset = tmp_path_factory.mktemp("subset-idx"), bundled.load()
    arrays = (subset.train_images, subset.train_labels, subset.test_images, subset.test_labels)
    sums = {name: hashlib.sha256(write_idx(folder / f"{name}.gz", array)).hexdigest()
            for name, array in zip(idx.FILES, arrays)}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(idx, "FILES", sums)
        yield folder, SUBSET_TRAIN_LABEL_COUNTS


@pytest.fixture(scope="module")
def full(official):
    """The official MNIST (or the subset standing in for it), read and verified once for this module."""
    return mnist.read_folder(official[0])


@pytest.fixture
def mnist_copy(tmp_path, official):
    """A folder with links to the four files (.gz), for tests that remove or damage one."""
    folder = tmp_path / "mnist"
    folder.mkdir()
    for name in idx.FILES:
        (folder / f"{name}.gz").symlink_to(official[0] / f"{name}.gz")
    return folder


@pytest.fixture
def nowhere(tmp_path, monkeypatch):
    """Point every automatic place of the search order at empty folders."""
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.delenv(mnist.ENV_VAR, raising=False)
    monkeypatch.setattr(mnist, "SHARED_MNIST", empty / "shared")
    monkeypatch.setattr(mnist, "LECTURE_ROOT", empty / "data")
    monkeypatch.setattr(mnist, "DOWNLOAD_ROOT", empty / "cache")
    monkeypatch.setattr(mnist, "download", lambda *a: pytest.fail("download attempted without --download"))
    return empty


def replace_small_file(folder, content: bytes):
    (folder / f"{SMALL_FILE}.gz").unlink()
    (folder / SMALL_FILE).write_bytes(content)


def test_mnist_loads_with_published_shapes_and_label_counts(full, official):
    assert full.train_images.shape[1:] == (28, 28) and full.test_images.shape[1:] == (28, 28)
    assert np.bincount(full.train_labels).tolist() == official[1]
    assert len(full.train_images) == sum(official[1]) and len(full.test_images) in (10_000, bundled.TEST_SIZE)


def test_missing_file_is_named_in_one_line(mnist_copy):
    (mnist_copy / f"{SMALL_FILE}.gz").unlink()
    with pytest.raises(UserError, match=f"MNIST file missing: .*{SMALL_FILE}") as err:
        mnist.read_folder(mnist_copy)
    assert "\n" not in str(err.value)


def test_corrupt_file_fails_its_checksum(mnist_copy, official):
    content = bytearray(gzip.decompress((official[0] / f"{SMALL_FILE}.gz").read_bytes()))
    content[100] = (content[100] + 1) % 10  # one label changed: still a valid IDX file
    replace_small_file(mnist_copy, bytes(content))
    with pytest.raises(UserError, match=f"MNIST file corrupt: .*{SMALL_FILE}.*sha256"):
        mnist.read_folder(mnist_copy)


def test_wrong_magic_is_reported_before_the_checksum(mnist_copy, official):
    content = gzip.decompress((official[0] / f"{SMALL_FILE}.gz").read_bytes())
    replace_small_file(mnist_copy, b"\x00\x00\x0d\x01" + content[4:])  # type code 0x0D: float, not ubyte
    with pytest.raises(UserError, match="not an MNIST IDX file \\(wrong magic number 00000d01\\)"):
        mnist.read_folder(mnist_copy)


def test_truncated_file_is_reported(mnist_copy, official):
    content = gzip.decompress((official[0] / f"{SMALL_FILE}.gz").read_bytes())
    replace_small_file(mnist_copy, content[:-10])
    with pytest.raises(UserError, match="truncated"):
        mnist.read_folder(mnist_copy)


def test_explicit_data_folder_comes_first_and_never_falls_back(tmp_path, monkeypatch, mnist_copy):
    monkeypatch.setenv(mnist.ENV_VAR, str(tmp_path / "not-here"))
    assert mnist.load_mnist(data=mnist_copy).source == str(mnist_copy)
    with pytest.raises(UserError, match=f"no MNIST files in .*not-here \\(from \\${mnist.ENV_VAR}\\)"):
        mnist.load_mnist()


def test_torchvision_raw_layout_is_found(tmp_path, nowhere, official):
    raw = tmp_path / "root" / "MNIST" / "raw"
    raw.mkdir(parents=True)
    for name in idx.FILES:  # torchvision keeps the gunzipped files
        (raw / name).write_bytes(gzip.decompress((official[0] / f"{name}.gz").read_bytes()))
    assert mnist.load_mnist(data=tmp_path / "root").source == str(raw)


def test_without_any_copy_the_bundled_subset_is_used_offline(nowhere):
    data = mnist.load_mnist()
    assert data.is_subset and len(data.train_images) == bundled.TRAIN_SIZE and len(data.test_images) == bundled.TEST_SIZE
    with pytest.raises(UserError, match="MNIST not found"):
        mnist.load_mnist(allow_subset=False)


def test_bundled_subset_is_the_first_rows_of_real_mnist(full):
    subset = bundled.load()
    arrays = (subset.train_images, subset.train_labels, subset.test_images, subset.test_labels)
    assert hashlib.sha256(b"".join(np.ascontiguousarray(a).tobytes() for a in arrays)).hexdigest() == FIRST_ROWS_SHA256
    assert np.array_equal(subset.train_images, full.train_images[: bundled.TRAIN_SIZE])
    assert np.array_equal(subset.train_labels, full.train_labels[: bundled.TRAIN_SIZE])
    assert np.array_equal(subset.test_images, full.test_images[: bundled.TEST_SIZE])
    assert np.array_equal(subset.test_labels, full.test_labels[: bundled.TEST_SIZE])


def test_images_are_converted_exactly_like_totensor_then_normalize(full):
    transforms = pytest.importorskip("torchvision.transforms")
    from PIL import Image

    images = full.test_images[:8]
    lecture = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.5,), (0.5,))])
    expected = torch.stack([lecture(Image.fromarray(img)) for img in images])
    assert torch.equal(mnist.to_unit_range(images), expected)
    assert expected.min() == -1 and expected.max() == 1


def test_validation_split_is_the_last_training_images(full):
    valid, _ = full.split("valid")
    assert len(valid) == min(dataset.VALIDATION_SIZE, len(full.train_images) // 6)
    assert np.shares_memory(valid, full.train_images[-1:])


def test_cli_reports_a_bad_data_folder_in_one_line(tmp_path, capsys):
    from gankit.cli import main

    assert main(["train", "--data", str(tmp_path), "--out", str(tmp_path / "run")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("gankit train: error: no MNIST files in") and "\n" not in err

