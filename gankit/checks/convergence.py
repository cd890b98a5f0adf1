"""A short convergence run: the student's train_step trains a small GAN on an 8-Gaussian ring.

Unit checks see one call at a time; this sees whether many calls add up to a GAN that learns.
The judge counts, in the trusted process, how many of the 8 modes the samples reach.
"""
import math

import numpy as np
import torch
from torch import nn

from gankit.checks.feedback import fail
from gankit.checks.tensors import seeded, to_numpy
from gankit.checks.toy import toy_pair

MODES, RADIUS, SIGMA = 8, 1.0, 0.05  # the ring: 8 Gaussians of std SIGMA on a circle of RADIUS
LATENT, HIDDEN = 2, (64, 64)
BATCH, STEPS, LR, BETAS = 256, 1000, 2e-3, (0.5, 0.999)  # DCGAN's betas: the ring collapses less
SEED = 5
SAMPLES = 2000
# A sample "hits" a mode within 3 sigma of its centre.
HIT_RADIUS = 3 * SIGMA
# Bars chosen from the reference over 10 seeds (README, "convergence check"): it covers all
# 8 modes, each with >= 1.5% of the samples, and puts >= 30% of samples on a mode; a numerically
# different but correct train_step follows another trajectory, so the bars sit well below that.
MIN_MODE_SHARE = 0.005
MIN_HIT_RATE = 0.15


def centres() -> np.ndarray:
    """(MODES, 2) the mode centres on the ring."""
    angles = np.arange(MODES) * 2 * math.pi / MODES
    return RADIUS * np.stack([np.cos(angles), np.sin(angles)], axis=1)


def probe_ring(sub):
    train_step = sub.attr("train_step", "train_step")
    G, D = toy_pair(LATENT, HIDDEN, (1, 1, 2), SEED, g_out=nn.Identity)
    opt_g = torch.optim.Adam(G.parameters(), lr=LR, betas=BETAS)
    opt_d = torch.optim.Adam(D.parameters(), lr=LR, betas=BETAS)
    gen = seeded(SEED)
    mu = torch.tensor(centres(), dtype=torch.float32)
    for _ in range(STEPS):
        modes = torch.randint(0, MODES, (BATCH,), generator=gen)
        real_imgs = (mu[modes] + SIGMA * torch.randn(BATCH, 2, generator=gen)).view(BATCH, 1, 1, 2)
        z = torch.randn(BATCH, LATENT, generator=gen)
        train_step(G, D, real_imgs, z, opt_g, opt_d)
    with torch.no_grad():
        samples = G(torch.randn(SAMPLES, LATENT, generator=gen)).reshape(SAMPLES, 2)
    return {"samples": to_numpy(samples)}


def coverage(samples: np.ndarray):
    """(hit rate, samples per mode) of (SAMPLES, 2) points."""
    dist = np.linalg.norm(samples[:, None, :] - centres()[None, :, :], axis=2)  # (SAMPLES, MODES)
    hits = dist.min(axis=1) < HIT_RADIUS
    counts = np.bincount(dist.argmin(axis=1)[hits], minlength=MODES)
    return float(hits.mean()), counts


def judge_ring(found, expected):
    samples = found["samples"]
    if samples.shape != (SAMPLES, 2) or not np.isfinite(samples).all():
        return fail("conv.diverged", steps=STEPS)
    rate, counts = coverage(samples)
    ref_rate, ref_counts = coverage(expected["samples"])
    covered = int((counts >= MIN_MODE_SHARE * SAMPLES).sum())
    if covered < MODES:
        return fail("conv.modes", steps=STEPS, share=f"{MIN_MODE_SHARE:.1%}", covered=covered,
                    counts=counts.tolist(), ref=ref_counts.tolist())
    if rate < MIN_HIT_RATE:
        return fail("conv.quality", steps=STEPS, want=f"{MIN_HIT_RATE:.0%}", got=f"{rate:.0%}", ref=f"{ref_rate:.0%}")
    return None
