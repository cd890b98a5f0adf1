"""Evaluate a training run: sample G, score the samples, and score real MNIST the same way beside them."""
import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch

from gankit.data.mnist import load_mnist, to_unit_range
from gankit.evaluation import classifier, nearest, parzen, scores
from gankit.runs import checkpoint
from gankit.runs.folder import METRICS_FILE, NEAREST_FILE, read_config, write_json
from gankit.training import hardware
from gankit.training.contract import call_student, load_contract

PAPER_PARZEN = {"mean": 225.0, "sem": 2.0}  # Goodfellow et al. 2014, Table 1, GAN on MNIST
SAMPLE_SEED_OFFSET = 1  # evaluation noise: seed + 1, never the training run's stream
NEAREST_PAIRS = 16  # sample / nearest-training-image pairs drawn in nearest.png


@dataclass
class Sizes:
    """How many images each measurement uses (the paper's protocol by default)."""

    samples: int = 10_000  # generated samples: Parzen kernels, FID, IS, classes (paper: 10,000)
    valid: int = 1_000  # validation images choosing Parzen's sigma (paper code: 1,000)
    test: int = 10_000  # test images scored by the Parzen window (paper: the whole test set)
    nearest: int = 1_000  # samples checked against all training images for memorisation


def flat01(images: torch.Tensor) -> torch.Tensor:
    """(N, 1, H, W) in [-1, 1] -> (N, H*W) in [0, 1], the paper's pixel scale."""
    return ((images.reshape(len(images), -1) + 1) / 2).clamp_(0, 1)


def pixels01(images: np.ndarray) -> torch.Tensor:
    """uint8 (N, H, W) -> (N, H*W) float32 in [0, 1], without the [-1, 1] detour."""
    return torch.from_numpy(np.array(images, dtype=np.uint8).reshape(len(images), -1)).float().div_(255)


@torch.no_grad()
def generate(G, n: int, latent_dim: int, seed: int, device, batch: int = 1000) -> torch.Tensor:
    """n samples G(z), z ~ N(0, I) from a private generator: (n, 1, 28, 28) on the CPU."""
    G.eval()
    rng = torch.Generator().manual_seed(seed)
    parts = [G(torch.randn(min(batch, n - i), latent_dim, generator=rng).to(device)).cpu() for i in range(0, n, batch)]
    return torch.cat(parts).float().clamp_(-1, 1)


@dataclass
class RealData:
    """Real MNIST prepared once for every measurement: pixels in [0, 1], (N, 784)."""

    valid: torch.Tensor  # chooses Parzen's sigma
    test: torch.Tensor  # scored by the Parzen window
    train: torch.Tensor  # searched for nearest neighbours
    test_feats: torch.Tensor  # (N, FEATURES) classifier features of the test set: FID's reference
    train_sq: torch.Tensor = field(init=False)  # (N,) squared norms of train, computed once

    def __post_init__(self):
        self.train_sq = (self.train ** 2).sum(1)

    def nearest(self, images: torch.Tensor):
        """(distances, indices) of each image (M, 1, 28, 28) in [-1, 1] to its nearest training image."""
        return nearest.nearest(flat01(images), self.train, self.train_sq)

    @classmethod
    def build(cls, mnist, model, sizes: Sizes) -> "RealData":
        valid_imgs, _ = mnist.split("valid")
        return cls(pixels01(valid_imgs[: sizes.valid]), pixels01(mnist.test_images[: sizes.test]),
                   pixels01(mnist.train_images), model.describe(to_unit_range(mnist.test_images))[0])


def score(images: torch.Tensor, model, sizes: Sizes, real: RealData) -> dict:
    """Every metric of one image set (N, 1, 28, 28) in [-1, 1]: Parzen, FID, IS, classes, nearest."""
    feats, probs = model.describe(images)
    distances, _ = real.nearest(images[: sizes.nearest])
    return {
        "parzen": parzen.parzen_score(flat01(images), real.valid, real.test),
        "fid": scores.frechet_distance(feats, real.test_feats),
        "inception_score": scores.inception_score(probs),
        "classes": scores.class_coverage(probs),
        "memorisation": nearest.summary(distances),
    }


def real_reference(mnist, model, sizes: Sizes, real: RealData, say=print) -> dict:
    """The same metrics with real training images as the 'samples' (cached: they never change)."""
    tag = "subset" if mnist.is_subset else "mnist"
    path = classifier.cache_dir() / (f"reference_{tag}_c{classifier.VERSION}_"
                                     f"{sizes.samples}_{sizes.valid}_{sizes.test}_{sizes.nearest}.json")
    if path.is_file():
        try:
            return json.loads(path.read_text())
        except ValueError:  # a damaged cache file: recompute it
            pass
    say("scoring real MNIST once for the reference column (cached) ...")
    # Real 'samples': the first training images, which are neither validation nor test images.
    result = score(to_unit_range(mnist.train_images[: sizes.samples]), model, sizes, real)
    # Training images' nearest training image is themselves: measure held-out test images instead.
    held_out = to_unit_range(mnist.test_images[: sizes.nearest])
    result["memorisation"] = nearest.summary(real.nearest(held_out)[0])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=1))
    return result


def draw_nearest(samples: torch.Tensor, mnist, real: RealData, path: Path):
    """PNG: NEAREST_PAIRS samples (top row) above their nearest training images (bottom row)."""
    from gankit.training.figures import save_grid

    picked = samples[:NEAREST_PAIRS]
    _, index = real.nearest(picked)
    neighbours = to_unit_range(mnist.train_images[index.numpy()])
    save_grid(torch.cat([picked, neighbours]), path, cols=NEAREST_PAIRS)


def evaluate(run_dir, sizes: Sizes = None, data=None, device="cpu", say=print) -> dict:
    """Score run_dir's generator and real MNIST; write RUN_DIR/metrics.json and nearest.png."""
    run_dir, sizes, device = Path(run_dir), sizes or Sizes(), hardware.pick_device(device)
    cfg = read_config(run_dir)
    contract = load_contract(cfg.submission or None)
    G = call_student("Generator(latent_dim)", contract.Generator, cfg.latent_dim)
    G = checkpoint.load_generator(run_dir, G.to(device), device)
    mnist = load_mnist(data or cfg.data, download_ok=cfg.download)
    model, test_accuracy = classifier.load_or_train(mnist, say)
    real = RealData.build(mnist, model, sizes)

    samples = call_student("Generator.forward", generate, G, sizes.samples, cfg.latent_dim,
                           cfg.seed + SAMPLE_SEED_OFFSET, device)
    say(f"scoring {len(samples)} samples of {run_dir} ...")
    model_scores = score(samples, model, sizes, real)
    real_scores = real_reference(mnist, model, sizes, real, say)
    metrics = {
        "run": str(run_dir), "data_source": mnist.source, "data_is_subset": mnist.is_subset,
        "sizes": vars(sizes), "pixel_scale": "[0, 1] (as the paper)",
        "classifier": {"test_accuracy": test_accuracy, "cache": str(classifier.cache_dir())},
    }
    for key in model_scores:
        metrics[key] = {"model": model_scores[key], "real": real_scores[key]}
    metrics["parzen"]["paper"] = PAPER_PARZEN
    write_json(run_dir / METRICS_FILE, metrics)
    draw_nearest(samples, mnist, real, run_dir / NEAREST_FILE)
    return metrics
