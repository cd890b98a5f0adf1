"""Classifier-based scores of a set of images: Frechet distance, Inception-style score, class coverage."""
import numpy as np
import torch

from gankit.runs.folder import COVERAGE_MIN_SHARE


def gaussian(features: torch.Tensor):
    """(mean (F,), covariance (F, F)) of (N, F) features, in float64."""
    f = features.double().numpy()
    return f.mean(0), np.cov(f, rowvar=False)


def frechet_distance(a: torch.Tensor, b: torch.Tensor) -> float:
    """FID between two (N, F) feature sets: |mu_a - mu_b|^2 + tr(S_a + S_b - 2 (S_a S_b)^(1/2)).

    tr((S_a S_b)^(1/2)) is the sum of square roots of the eigenvalues of S_a^(1/2) S_b S_a^(1/2),
    a symmetric matrix, so numpy's eigh suffices (no scipy.linalg.sqrtm).
    """
    mu_a, cov_a = gaussian(a)
    mu_b, cov_b = gaussian(b)
    w, v = np.linalg.eigh(cov_a)
    root_a = (v * np.sqrt(w.clip(min=0))) @ v.T  # S_a^(1/2)
    middle = np.linalg.eigvalsh(root_a @ cov_b @ root_a).clip(min=0)
    return float(((mu_a - mu_b) ** 2).sum() + np.trace(cov_a) + np.trace(cov_b) - 2 * np.sqrt(middle).sum())


def inception_score(probs: torch.Tensor) -> float:
    """exp(E_x KL(p(y|x) || p(y))) of (N, 10) class probabilities: 1 (one class or no confidence) .. 10."""
    p = probs.double().clamp(min=1e-12)
    marginal = p.mean(0, keepdim=True)  # p(y): (1, 10)
    return float(torch.exp((p * (p.log() - marginal.log())).sum(1).mean()))


def class_coverage(probs: torch.Tensor) -> dict:
    """{"histogram": share of images per predicted digit, "covered": digits with >= COVERAGE_MIN_SHARE}."""
    counts = torch.bincount(probs.argmax(1), minlength=10).double()
    share = counts / counts.sum()
    return {"histogram": [round(float(s), 4) for s in share], "covered": int((share >= COVERAGE_MIN_SHARE).sum())}
