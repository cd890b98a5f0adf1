"""MNIST in memory: the four arrays, where they came from, and the train / valid / test splits."""
from dataclasses import dataclass

import numpy as np

VALIDATION_SIZE = 10_000  # the last 10k training images: the usual MNIST validation split


@dataclass
class Mnist:
    """MNIST as uint8 arrays: images (N, 28, 28) in 0..255, labels (N,) in 0..9."""

    train_images: np.ndarray
    train_labels: np.ndarray
    test_images: np.ndarray
    test_labels: np.ndarray
    source: str  # where it came from, shown to the user
    is_subset: bool = False  # True for the small bundled subset

    def split(self, name: str):
        """(images, labels) of "train" (all training images, as the lecture uses), "valid"
        (the last VALIDATION_SIZE training images, or a sixth of a subset) or "test"."""
        if name == "test":
            return self.test_images, self.test_labels
        if name == "train":
            return self.train_images, self.train_labels
        n_valid = min(VALIDATION_SIZE, len(self.train_images) // 6)
        return self.train_images[-n_valid:], self.train_labels[-n_valid:]
