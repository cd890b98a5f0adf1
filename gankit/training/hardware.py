"""Where training runs: the device (CUDA, Apple MPS or CPU) and, on the CPU, how many threads."""
import os
import time

import torch

from gankit.errors import UserError
from gankit.training.trial import copies

PROBE_STEPS = 4  # timed steps per thread count: enough to rank them, ~0.2 s each on a quiet CPU
PROBE_WARMUP = 1  # untimed first step (allocations, kernel selection)


def pick_device(name: str = "auto") -> torch.device:
    """The device to train on: `name`, or with "auto" CUDA, then MPS, then the CPU."""
    if name == "auto":
        if torch.cuda.is_available():
            return torch.device("cuda")
        mps = getattr(torch.backends, "mps", None)
        return torch.device("mps" if mps is not None and mps.is_available() else "cpu")
    try:
        device = torch.device(name)
        torch.empty(1, device=device)
    except (RuntimeError, AssertionError) as err:
        raise UserError(f"--device {name} is not usable here: {str(err).splitlines()[0]}") from None
    return device


def cpu_count() -> int:
    """Cores this process may run on (a container's limit, not the host's)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def time_steps(step, G, D, opt_g, opt_d, real_imgs, z) -> float:
    """Median seconds of one train_step, measured on deep copies (the originals stay untouched)."""
    G, D, opt_g, opt_d = copies(G, D, opt_g, opt_d)
    times = []
    for i in range(PROBE_WARMUP + PROBE_STEPS):
        start = time.perf_counter()
        step(G, D, real_imgs, z, opt_g, opt_d)
        times.append(time.perf_counter() - start)
    return sorted(times[PROBE_WARMUP:])[PROBE_STEPS // 2]


def pick_threads(requested: int, probe) -> int:
    """Set torch's CPU thread count: `requested`, or with 0 the fastest of 1 and all cores.

    On a quiet 2-core machine two threads win; on a shared one, whose other core is busy,
    two threads can be several times slower than one (they wait on each other), so measure.
    probe() runs and times a few training steps at the current setting.
    """
    if requested > 0:
        torch.set_num_threads(requested)
        return requested
    options = sorted({1, cpu_count()})
    timings = {}
    for n in options:
        torch.set_num_threads(n)
        timings[n] = probe()
    best = min(timings, key=timings.get)
    torch.set_num_threads(best)
    return best
