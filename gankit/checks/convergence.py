"""A short convergence run: the student's train_step trains small GANs on an 8-Gaussian ring.

Unit checks see one call at a time; this sees whether many calls add up to a GAN that learns.
A vanilla GAN still collapses onto a few modes now and then, and a correct train_step written
differently diverges numerically into what amounts to another seed. So each call trains GROUPS
independent GANs at once: row i of every batch belongs to GAN i % GROUPS, whose layers are its
own slice of batched weights. A batch-mean loss gives each GAN its gradient scaled by 1/GROUPS,
which Adam's normalisation undoes, so the GANs train as if alone. The judge, in the trusted
process, counts how many of the 8 modes each GAN's samples reach.
"""
import math

import numpy as np
import torch
from torch import nn

from gankit.checks.feedback import fail
from gankit.checks.tensors import seeded, to_numpy

MODES, RADIUS, SIGMA = 8, 1.0, 0.05  # the ring: 8 Gaussians of std SIGMA on a circle of RADIUS
# Independent GANs per run; the check passes when one of them covers the ring. Measured with a
# numerically different correct step (one concatenated D forward): 2 of 24 GANs collapsed, so a
# correct train_step fails this check with probability about (2/24)**4 < 1e-4.
GROUPS = 4
LATENT, HIDDEN = 2, 64
BATCH, STEPS, LR, BETAS = 128, 1000, 2e-3, (0.5, 0.999)  # per GAN; DCGAN's betas: the ring collapses less
SEED = 0
SAMPLES = 2000  # per GAN
# A sample "hits" a mode within 3 sigma of its centre.
HIT_RADIUS = 3 * SIGMA
# Bars from the reference over many seeds: a GAN that covers the ring gives every mode >= 2% of
# its samples (39 of 2000) and puts >= 27% of them on a mode; the bars sit well below that.
MIN_MODE_SHARE = 0.005
MIN_HIT_RATE = 0.15


class GroupedMLP(nn.Module):
    """GROUPS independent MLPs on interleaved rows: (B, d_in) -> (B, d_out), row i -> MLP i % GROUPS."""

    def __init__(self, sizes, act, last, seed):
        super().__init__()
        gen = seeded(seed)
        bounds = [math.sqrt(6.0 / (a + b)) for a, b in zip(sizes, sizes[1:])]  # Xavier-uniform per GAN
        self.weights = nn.ParameterList(
            nn.Parameter((torch.rand(GROUPS, a, b, generator=gen) * 2 - 1) * bound)
            for (a, b), bound in zip(zip(sizes, sizes[1:]), bounds))
        self.biases = nn.ParameterList(nn.Parameter(torch.zeros(GROUPS, b)) for b in sizes[1:])
        self.act, self.last = act, last

    def forward(self, x):
        h = x.reshape(-1, GROUPS, x.shape[-1]).transpose(0, 1)  # (GROUPS, B / GROUPS, d_in)
        for i, (w, b) in enumerate(zip(self.weights, self.biases)):
            h = torch.baddbmm(b.unsqueeze(1), h, w)  # each GAN its own weights: (GROUPS, B / GROUPS, d)
            h = self.last(h) if i == len(self.weights) - 1 else self.act(h)
        return h.transpose(0, 1).reshape(x.shape[0], -1)  # (B, d_out)


class RingG(nn.Module):
    """z (B, LATENT) -> points (B, 1, 1, 2), shaped like one-pixel, two-channel-wide images."""

    def __init__(self, seed):
        super().__init__()
        self.mlp = GroupedMLP([LATENT, HIDDEN, HIDDEN, 2], torch.relu, lambda h: h, seed)

    def forward(self, z):
        return self.mlp(z).view(z.size(0), 1, 1, 2)


class RingD(nn.Module):
    """points (B, 1, 1, 2) -> (B, 1) probabilities."""

    def __init__(self, seed):
        super().__init__()
        self.mlp = GroupedMLP([2, HIDDEN, HIDDEN, 1], lambda h: torch.nn.functional.leaky_relu(h, 0.2),
                              torch.sigmoid, seed)

    def forward(self, img):
        return self.mlp(img.view(img.size(0), -1))


def centres() -> np.ndarray:
    """(MODES, 2) the mode centres on the ring."""
    angles = np.arange(MODES) * 2 * math.pi / MODES
    return RADIUS * np.stack([np.cos(angles), np.sin(angles)], axis=1)


def probe_ring(sub):
    train_step = sub.attr("train_step", "train_step")
    G, D = RingG(SEED), RingD(SEED + 1)
    opt_g = torch.optim.Adam(G.parameters(), lr=LR, betas=BETAS)
    opt_d = torch.optim.Adam(D.parameters(), lr=LR, betas=BETAS)
    gen = seeded(SEED + 2)
    mu = torch.tensor(centres(), dtype=torch.float32)
    rows = BATCH * GROUPS
    for _ in range(STEPS):
        modes = torch.randint(0, MODES, (rows,), generator=gen)
        real_imgs = (mu[modes] + SIGMA * torch.randn(rows, 2, generator=gen)).view(rows, 1, 1, 2)
        z = torch.randn(rows, LATENT, generator=gen)
        train_step(G, D, real_imgs, z, opt_g, opt_d)
    with torch.no_grad():
        points = G(torch.randn(SAMPLES * GROUPS, LATENT, generator=gen)).reshape(SAMPLES, GROUPS, 2)
    return {"samples": [to_numpy(points[:, g]) for g in range(GROUPS)]}  # GROUPS x (SAMPLES, 2)


def coverage(samples: np.ndarray):
    """(hit rate, samples per mode) of (SAMPLES, 2) points."""
    dist = np.linalg.norm(samples[:, None, :] - centres()[None, :, :], axis=2)  # (SAMPLES, MODES)
    hits = dist.min(axis=1) < HIT_RADIUS
    counts = np.bincount(dist.argmin(axis=1)[hits], minlength=MODES)
    return float(hits.mean()), counts


def _miss(samples: np.ndarray):
    """None when the samples cover the ring, else (message key, params) saying what is missing."""
    if samples.shape != (SAMPLES, 2) or not np.isfinite(samples).all():
        return "conv.diverged", {}
    rate, counts = coverage(samples)
    covered = int((counts >= MIN_MODE_SHARE * SAMPLES).sum())
    if covered < MODES:
        return "conv.modes", {"share": f"{MIN_MODE_SHARE:.1%}", "covered": covered, "counts": counts.tolist()}
    if rate < MIN_HIT_RATE:
        return "conv.quality", {"want": f"{MIN_HIT_RATE:.0%}", "got": f"{rate:.0%}"}
    return None


def judge_ring(found, expected):
    runs = found["samples"][:GROUPS]
    misses = [_miss(samples) for samples in runs]
    if not misses or all(misses):
        key, params = misses[0] if misses else ("conv.diverged", {})
        ref_rate, ref_counts = max(coverage(samples) for samples in expected["samples"])
        ref = ref_counts.tolist() if key == "conv.modes" else f"{ref_rate:.0%}"
        return fail(key, steps=STEPS, runs=len(misses), ref=ref, **params)
    return None
