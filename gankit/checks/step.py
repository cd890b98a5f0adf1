"""Checks of train_step on the kit's toy G and D: returns, detach, zero_grad, optimizers, z, direction,
and an exact trajectory against the reference.

A `Spy` instruments one call: it wraps each optimizer's step(), hooks G's and D's parameters to
see where gradients flow, and records every input G receives. Probes return only the record.
"""
import numpy as np
import torch

from gankit.checks.feedback import fail
from gankit.checks.tensors import fingerprint, seeded
from gankit.checks.toy import toy_pair

LATENT, HIDDEN, IMG_SHAPE, N = 4, (32,), (1, 4, 4), 16  # toy sizes: z (N, 4) -> images (N, 1, 4, 4)
LR = 2e-4  # the lecture's Adam learning rate
SEED = 21
TRAJECTORY_STEPS = 3
# Gradients left over from "an earlier step": far larger than any fresh gradient of the toy nets
# (|grad| < 5), so an optimizer that steps on them has not zeroed its gradients.
POISON = 1e3
# Losses after a few identical steps agree to float32 rounding (~1e-6 relative) across CPUs, GPUs
# and the accepted ways of writing the step (one concatenated D forward, fake term first).
LOSS_RTOL = 1e-4
# Parameter fingerprints are sums over <= 544 weights: float32 noise of reordered sums moves them by
# ~1e-6, one wrong Adam step (about lr = 2e-4 on every weight) by ~5e-3.
FINGERPRINT_ATOL = 1e-4


def _fresh(seed):
    G, D = toy_pair(LATENT, HIDDEN, IMG_SHAPE, seed)
    gen = seeded(seed + 2)
    real_imgs = torch.rand(N, *IMG_SHAPE, generator=gen) * 2 - 1  # (N, 1, 4, 4) in [-1, 1]
    z = torch.randn(N, LATENT, generator=gen)  # (N, LATENT)
    opt_g = torch.optim.Adam(G.parameters(), lr=LR)
    opt_d = torch.optim.Adam(D.parameters(), lr=LR)
    return G, D, real_imgs, z, opt_g, opt_d


def _true_d_loss(D, G, real_imgs, z):
    """d_loss by the formula (kit code), to measure whether D's update improved D."""
    with torch.no_grad():
        d_real, d_fake = D(real_imgs), D(G(z))
        return float(-(torch.log(d_real).mean() + torch.log(1 - d_fake).mean()))


def _d_of_fake(D, G, z):
    with torch.no_grad():
        return float(D(G(z)).mean())


class Spy:
    """One instrumented train_step call on fresh toy nets."""

    def __init__(self, seed=SEED, poison=False):
        self.G, self.D, self.real_imgs, self.z, self.opt_g, self.opt_d = _fresh(seed)
        self.events = []  # "d.step", "g.step", "g.grad" (a G parameter received a gradient), "d.grad"
        self.grad_max_at_step = {}  # tag -> largest |grad| the optimizer stepped on (first step)
        self.moves = {}  # tag -> [measure before, measure after] its first step
        self.g_inputs = []  # every z G was called with
        if poison:
            for p in [*self.G.parameters(), *self.D.parameters()]:
                p.grad = torch.full_like(p, POISON)
        for tag, net in (("g", self.G), ("d", self.D)):
            for p in net.parameters():
                p.register_hook(lambda grad, tag=tag: self._note(f"{tag}.grad"))
        self.G.register_forward_pre_hook(lambda module, args: self.g_inputs.append(args[0].detach().clone()))
        self._wrap(self.opt_d, "d", lambda: _true_d_loss(self.D, self.G, self.real_imgs, self.z))
        self._wrap(self.opt_g, "g", lambda: _d_of_fake(self.D, self.G, self.z))

    def _note(self, event):
        if not self.events or self.events[-1] != event:
            self.events.append(event)

    def _wrap(self, opt, tag, measure):
        original = opt.step
        params = [p for group in opt.param_groups for p in group["params"]]

        def step(*args, **kwargs):
            self.events.append(f"{tag}.step")
            first = tag not in self.moves
            if first:
                grads = [p.grad.abs().max() for p in params if p.grad is not None]
                self.grad_max_at_step[tag] = float(max(grads)) if grads else 0.0
                self.moves[tag] = [measure()]
            result = original(*args, **kwargs)
            if first:
                self.moves[tag].append(measure())
            return result

        opt.step = step

    def call(self, sub):
        train_step = sub.attr("train_step", "train_step")
        return train_step(self.G, self.D, self.real_imgs, self.z, self.opt_g, self.opt_d)


# ---- returns --------------------------------------------------------------------------------

def _number(x):
    if type(x) is torch.Tensor and x.numel() == 1:
        return float(x.detach())
    return float(x) if isinstance(x, (int, float)) else None


def probe_returns(sub):
    result = Spy().call(sub)
    items = list(result) if isinstance(result, (tuple, list)) else []
    return {"type": type(result).__name__, "types": [type(x).__name__ for x in items],
            "values": [_number(x) for x in items]}


def judge_returns(found, expected):
    if found["type"] not in ("tuple", "list") or len(found["types"]) != 2:
        return fail("step.return_pair", got=found["type"], n=len(found["types"]))
    if found["types"] != ["float", "float"]:
        return fail("step.return_floats", got=", ".join(found["types"]))
    want, got = expected["values"], found["values"]
    if np.allclose(got[::-1], want, rtol=LOSS_RTOL) and not np.allclose(got, want, rtol=LOSS_RTOL):
        return fail("step.return_order")
    return None


# ---- detach, zero_grad, optimizers, z ----------------------------------------------------------

def probe_events(sub):
    spy = Spy()
    spy.call(sub)
    return {"events": spy.events}


def _steps(events):
    return [e for e in events if e.endswith(".step")]


def judge_optimizers(found, expected):
    steps = _steps(found["events"])
    if steps == _steps(expected["events"]):
        return None
    if "d.step" not in steps:
        return fail("step.no_d_step", got=_steps_text(steps))
    if "g.step" not in steps:
        return fail("step.no_g_step", got=_steps_text(steps))
    if steps.index("g.step") < steps.index("d.step"):
        return fail("step.order", got=_steps_text(steps))
    return fail("step.extra_steps", got=_steps_text(steps))


def _steps_text(steps):
    return " → ".join(f"opt_{s[0]}.step()" for s in steps) or "-"


def judge_detach(found, expected):
    events = found["events"]
    if "d.step" not in events:
        return fail("step.detach_needs_d_step")
    d_step = events.index("d.step")
    last_g_step = max((i for i, e in enumerate(events[:d_step]) if e == "g.step"), default=-1)
    if "g.grad" in events[last_g_step + 1:d_step]:
        return fail("step.detach")
    return None


def probe_zero_grad(sub):
    spy = Spy(poison=True)
    spy.call(sub)
    return {"grad_max_at_step": spy.grad_max_at_step}


def judge_zero_grad(found, expected):
    stepped = found["grad_max_at_step"]
    for tag, key in (("d", "step.zero_grad_d"), ("g", "step.zero_grad_g")):
        if stepped.get(tag, 0.0) >= POISON / 2:
            return fail(key)
    return None


def probe_uses_z(sub):
    spy = Spy()
    spy.call(sub)
    return {"calls": len(spy.g_inputs), "with_z": [bool(torch.equal(x, spy.z)) for x in spy.g_inputs]}


def judge_uses_z(found, expected):
    if found["calls"] == 0:
        return fail("step.g_not_called")
    if not all(found["with_z"]):
        return fail("step.new_noise", n=found["with_z"].count(False), calls=found["calls"])
    return None


# ---- direction and trajectory ------------------------------------------------------------------

def probe_direction(sub):
    spy = Spy()
    spy.call(sub)
    return {"moves": spy.moves}


def judge_direction(found, expected):
    moves = found["moves"]
    if "d" not in moves or "g" not in moves:
        return fail("step.direction_needs_steps")
    d_before, d_after = moves["d"]
    if not d_after < d_before:
        return fail("step.d_direction", before=f"{d_before:.5f}", after=f"{d_after:.5f}")
    g_before, g_after = moves["g"]
    if not g_after > g_before:
        return fail("step.g_direction", before=f"{g_before:.5f}", after=f"{g_after:.5f}")
    # Right directions, now the sizes: equal to the reference's from identical weights and data. This
    # also makes the record useless to forge without computing what a correct step computes.
    for tag in ("d", "g"):
        if not np.allclose(moves[tag], expected["moves"][tag], rtol=LOSS_RTOL):
            return fail("step.direction_size", net=tag.upper(), want=_pair(expected["moves"][tag]), got=_pair(moves[tag]))
    return None


def probe_trajectory(sub):
    train_step = sub.attr("train_step", "train_step")
    G, D, _, _, opt_g, opt_d = _fresh(SEED)
    gen = seeded(SEED + 3)
    losses = []
    for _ in range(TRAJECTORY_STEPS):
        real_imgs = torch.rand(N, *IMG_SHAPE, generator=gen) * 2 - 1
        z = torch.randn(N, LATENT, generator=gen)
        result = train_step(G, D, real_imgs, z, opt_g, opt_d)
        items = list(result) if isinstance(result, (tuple, list)) else []
        losses.append([_number(x) for x in items])
    return {"losses": losses, "G": fingerprint(G.parameters()), "D": fingerprint(D.parameters())}


def judge_trajectory(found, expected):
    for i, (got, want) in enumerate(zip(found["losses"], expected["losses"]), start=1):
        if len(got) != 2 or None in got or not np.allclose(got, want, rtol=LOSS_RTOL):
            return fail("step.trajectory_losses", i=i, want=_pair(want), got=_pair(got))
    for net in ("D", "G"):
        gap = float(np.max(np.abs(found[net] - expected[net])))
        if gap > FINGERPRINT_ATOL:
            return fail("step.trajectory_params", net=net, gap=f"{gap:.3g}")
    return None


def _pair(values):
    return "(" + ", ".join("?" if v is None else f"{v:.5f}" for v in values) + ")"
