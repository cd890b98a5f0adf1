"""Seeded inputs, deterministic weights and tensor -> plain-data helpers shared by the probes."""
import math

import numpy as np
import torch
from torch import nn


def seeded(seed: int) -> torch.Generator:
    """A private CPU generator, so probes never depend on (or disturb) the global RNG."""
    return torch.Generator().manual_seed(seed)


def linears_in_call_order(model: nn.Module, run) -> list:
    """The nn.Linear modules of `model` in the order `run()` calls them, each with its input and output.

    Returns [(module, input (N, in), output (N, out))]; a module called twice appears twice.
    Copies, not views: an in-place activation (nn.ReLU(inplace=True)) must not rewrite them.
    """
    calls = []
    hooks = [
        m.register_forward_hook(lambda mod, args, out: calls.append((mod, args[0].detach().clone(), out.detach().clone())))
        for m in model.modules()
        if isinstance(m, nn.Linear)
    ]
    try:
        run()
    finally:
        for hook in hooks:
            hook.remove()
    return calls


def set_weights(linears, seed: int) -> None:
    """Give each Linear (in call order) the same seeded Xavier-uniform weights the reference gets.

    Weights are matched by position and shape, never by attribute name, so `self.fc1` and
    `nn.Sequential` submissions receive identical numbers.
    """
    gen = seeded(seed)
    with torch.no_grad():
        for module in linears:
            fan_out, fan_in = module.weight.shape
            bound = math.sqrt(6.0 / (fan_in + fan_out))
            module.weight.copy_((torch.rand(module.weight.shape, generator=gen) * 2 - 1) * bound)
            if module.bias is not None:
                module.bias.copy_((torch.rand(module.bias.shape, generator=gen) * 2 - 1) * 0.1)


def unique(modules) -> list:
    """Modules in first-seen order without repeats."""
    seen, out = set(), []
    for m in modules:
        if id(m) not in seen:
            seen.add(id(m))
            out.append(m)
    return out


def describe(value) -> dict:
    """What a student function returned, as plain data: type, and for tensors shape/dtype/range."""
    info = {"type": type(value).__name__, "is_tensor": type(value) is torch.Tensor}
    if info["is_tensor"]:
        data = value.detach().float().cpu()
        finite = torch.isfinite(data)
        info.update(
            shape=list(value.shape),
            dtype=str(value.dtype).replace("torch.", ""),
            finite=bool(finite.all()),
            min=float(data[finite].min()) if finite.any() else float("nan"),
            max=float(data[finite].max()) if finite.any() else float("nan"),
            requires_grad=bool(value.requires_grad),
        )
    return info


def to_numpy(tensor: torch.Tensor) -> np.ndarray:
    """A plain float64 copy of a tensor's values (never the student's object itself)."""
    return np.array(tensor.detach().cpu().double().tolist(), dtype=np.float64)


def fingerprint(params) -> np.ndarray:
    """Per parameter tensor: its sum and a seeded random projection; (P, 2), enough to spot any change."""
    rows = []
    for i, p in enumerate(params):
        flat = p.detach().double().flatten()
        probe = torch.rand(flat.numel(), generator=seeded(1000 + i), dtype=torch.float64) * 2 - 1
        rows.append([float(flat.sum()), float(flat @ probe)])
    return np.array(rows, dtype=np.float64)
