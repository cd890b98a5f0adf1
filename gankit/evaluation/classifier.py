"""A small MNIST classifier, trained once by the kit and cached, whose features and predictions score samples.

An MLP, 784 -> 512 -> 128 -> 10: its 128-d hidden layer is the feature space of the kit's FID and
its softmax gives the Inception-style score and the digit-class histogram. No download needed.
Cache: $GANKIT_CACHE or ~/.cache/gankit, file classifier_<data>.pt, holding the weights and the
test accuracy. Training is seeded and single-threaded, so every machine gets the same network.
"""
import os
from pathlib import Path

import torch
from torch import nn

from gankit.atomic import save_torch_atomic

CACHE_ENV = "GANKIT_CACHE"
VERSION = 1  # bump when the architecture or the recipe changes: old cache files are then ignored
EPOCHS = 3  # 96.5% test accuracy on full MNIST (measured): enough to tell digits apart
IMAGES_SEEN = 180_000  # = EPOCHS x 60,000: smaller training sets (the bundled subset) get more epochs
BATCH = 128
LR = 1e-3
SEED = 0
FEATURES = 128  # width of the feature layer used by FID


def cache_dir() -> Path:
    return Path(os.environ.get(CACHE_ENV) or Path.home() / ".cache" / "gankit")


class Classifier(nn.Module):
    """MLP: Linear(784, 512), ReLU, Linear(512, 128), ReLU (features), Linear(128, 10) (logits)."""

    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Flatten(), nn.Linear(784, 512), nn.ReLU(), nn.Linear(512, FEATURES), nn.ReLU())
        self.head = nn.Linear(FEATURES, 10)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """(N, 1, 28, 28) images in [-1, 1] -> (N, 10) logits."""
        return self.head(self.body(x))

    @torch.no_grad()
    def describe(self, x: torch.Tensor, batch: int = 1000):
        """(features (N, FEATURES), probabilities (N, 10)) of images in [-1, 1], in batches."""
        self.eval()
        feats = torch.cat([self.body(part) for part in x.split(batch)])  # (N, FEATURES)
        return feats, torch.softmax(self.head(feats), dim=1)


def train_classifier(images, labels, epochs: int = None) -> Classifier:
    """Fit the classifier on (N, 1, 28, 28) images in [-1, 1] and (N,) labels, deterministically.

    epochs defaults to EPOCHS, or as many as it takes to see IMAGES_SEEN images on a smaller set.
    """
    epochs = epochs or max(EPOCHS, -(-IMAGES_SEEN // len(images)))
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # one thread: the same float sums, so the same weights, on every machine
    generator = torch.Generator().manual_seed(SEED)
    with torch.random.fork_rng():  # init draws from the global RNG: keep the caller's stream untouched
        torch.manual_seed(SEED)
        model = Classifier()
    opt = torch.optim.Adam(model.parameters(), lr=LR)
    try:
        for _ in range(epochs):
            for rows in torch.randperm(len(images), generator=generator).split(BATCH):
                loss = nn.functional.cross_entropy(model(images[rows]), labels[rows])
                opt.zero_grad()
                loss.backward()
                opt.step()
    finally:
        torch.set_num_threads(threads)
    return model.eval()


def accuracy(model: Classifier, images, labels) -> float:
    _, probs = model.describe(images)
    return float((probs.argmax(1) == labels).float().mean())


def load_or_train(mnist, say=print):
    """(classifier, test accuracy): from the cache, else trained on mnist's training set and cached."""
    from gankit.data.mnist import to_unit_range

    tag = "subset" if mnist.is_subset else "mnist"
    path = cache_dir() / f"classifier_{tag}_v{VERSION}.pt"
    model = Classifier()
    if path.is_file():
        try:
            saved = torch.load(path, map_location="cpu", weights_only=True)
            model.load_state_dict(saved["state"])
            return model.eval(), float(saved["test_accuracy"])
        except Exception:  # a damaged or foreign cache file: retrain and overwrite it
            pass
    say(f"training the kit's MNIST classifier once (~30 s, cached in {path}) ...")
    labels = torch.from_numpy(mnist.train_labels.astype("int64"))
    model = train_classifier(to_unit_range(mnist.train_images), labels)
    test_acc = accuracy(model, to_unit_range(mnist.test_images), torch.from_numpy(mnist.test_labels.astype("int64")))
    path.parent.mkdir(parents=True, exist_ok=True)
    save_torch_atomic({"state": model.state_dict(), "test_accuracy": test_acc}, path)
    return model, test_acc
