"""Checks of train_step on the kit's toy G and D: returns, detach, zero_grad, optimizers, z, direction,
and an exact trajectory against the reference.

A `Spy` instruments calls: it wraps each optimizer's step() (did the step move its net?), hooks G's
and D's parameters to see where gradients flow, records every input G receives and every input D
receives, and the value of every loss back-propagated. Probes return only the record. Each judge
asks for the behaviour itself, so a train_step that skips it (never steps, returns constants)
scores 0 on it (docs/grading.md, "No vacuous passes").
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
# A returned loss is the back-propagated tensor's own value (.item(), float()), or the sum of its
# terms' values when each term had its own backward(): float32 rounding, ~1e-7 relative (and ~1e-8
# absolute for a loss near 0).
RETURN_RTOL, RETURN_ATOL = 1e-5, 1e-7


def _batch(gen):
    """(real_imgs, z) drawn from `gen`: (N, 1, 4, 4) in [-1, 1] and (N, LATENT)."""
    real_imgs = torch.rand(N, *IMG_SHAPE, generator=gen) * 2 - 1
    return real_imgs, torch.randn(N, LATENT, generator=gen)


def _fresh(seed):
    G, D = toy_pair(LATENT, HIDDEN, IMG_SHAPE, seed)
    real_imgs, z = _batch(seeded(seed + 2))
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
    """Instrumented train_step calls on fresh toy nets."""

    def __init__(self, seed=SEED, poison=False):
        self.G, self.D, self.real_imgs, self.z, self.opt_g, self.opt_d = _fresh(seed)
        self.events = []  # "d.step", "g.step", "g.grad" (a G parameter received a gradient), "d.grad",
        # "d.fakes" (D was called on images G made in this call)
        self.moved = []  # per step event: whether that step changed any parameter of its net
        self.losses = []  # per backward(): [value of the loss, number of steps taken before it]
        self.grad_max_at_step = {}  # tag -> largest |grad| the optimizer stepped on (first step)
        self.moves = {}  # tag -> [measure before, measure after] its first step
        self.g_inputs = []  # every z G was called with
        self.g_outputs = []  # what G returned, (N, C*H*W) each
        self.measuring = False  # the spy's own G and D calls (measure()) are not recorded
        if poison:
            for p in [*self.G.parameters(), *self.D.parameters()]:
                p.grad = torch.full_like(p, POISON)
        for tag, net in (("g", self.G), ("d", self.D)):
            for p in net.parameters():
                p.register_hook(lambda grad, tag=tag: self._note(f"{tag}.grad"))
        self.G.register_forward_pre_hook(lambda module, args: self._keep(self.g_inputs, args[0].detach().clone()))
        self.G.register_forward_hook(lambda module, args, out: self._keep(self.g_outputs, _rows(out)))
        self.D.register_forward_pre_hook(lambda module, args: self._saw(_rows(args[0])))
        self._wrap(self.opt_d, "d", lambda: _true_d_loss(self.D, self.G, self.real_imgs, self.z))
        self._wrap(self.opt_g, "g", lambda: _d_of_fake(self.D, self.G, self.z))

    def _keep(self, record, value):
        if not self.measuring:
            record.append(value)

    def _saw(self, batch):
        """D is called on `batch`: note it when G's fakes are among its rows (detached or not)."""
        if not self.measuring and any(_contains(batch, fakes) for fakes in self.g_outputs):
            self._note("d.fakes")

    def _measure(self, measure):
        self.measuring = True
        try:
            return measure()
        finally:
            self.measuring = False

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
                self.moves[tag] = [self._measure(measure)]
            before = [p.detach().clone() for p in params]
            result = original(*args, **kwargs)
            self.moved.append(any(not torch.equal(b, p) for b, p in zip(before, params)))
            if first:
                self.moves[tag].append(self._measure(measure))
            return result

        opt.step = step

    def _backward(self, original):
        """torch.autograd.backward (what loss.backward() calls), noting the loss's value first."""

        def backward(tensors, *args, **kwargs):
            roots = tensors if isinstance(tensors, (tuple, list)) else [tensors]
            value = sum(float(t.detach().double().sum()) for t in roots if isinstance(t, torch.Tensor))
            self.losses.append([value, len(_steps(self.events))])
            return original(tensors, *args, **kwargs)

        return backward

    def call(self, sub, real_imgs=None, z=None):
        """One train_step call, on the spy's own batch unless another is given."""
        train_step = sub.attr("train_step", "train_step")
        real_imgs = self.real_imgs if real_imgs is None else real_imgs
        z = self.z if z is None else z
        original = torch.autograd.backward
        torch.autograd.backward = self._backward(original)
        try:
            return train_step(self.G, self.D, real_imgs, z, self.opt_g, self.opt_d)
        finally:
            torch.autograd.backward = original

    def call_losses(self, first_loss, first_step):
        """(d_loss, g_loss) this call back-propagated, from its backward() values since losses[first_loss]
        and steps since step #first_step: D's is what the first opt_d.step() stepped on (else the first
        loss), G's what the last opt_g.step() stepped on (else the last loss); None where there is none."""
        steps = _steps(self.events)[first_step:]
        phases = {}  # index of the step that ends the phase (len(steps): none yet) -> summed loss values
        for value, steps_before in self.losses[first_loss:]:
            phases[steps_before - first_step] = phases.get(steps_before - first_step, 0.0) + value
        if not phases:
            return [None, None]
        ends = sorted(phases)
        d_end = next((i for i in ends if i < len(steps) and steps[i] == "d.step"), ends[0])
        g_end = next((i for i in reversed(ends) if i < len(steps) and steps[i] == "g.step"), ends[-1])
        return [phases[d_end], phases[g_end] if g_end != d_end else None]


def _rows(images):
    """A batch as (N, features) rows, to find one batch inside another."""
    return images.detach().reshape(images.shape[0], -1).clone() if isinstance(images, torch.Tensor) else torch.empty(0, 0)


# ---- returns --------------------------------------------------------------------------------

def _number(x):
    if type(x) is torch.Tensor and x.numel() == 1:
        return float(x.detach())
    return float(x) if isinstance(x, (int, float)) else None


def _items(result):
    return list(result) if isinstance(result, (tuple, list)) else []


def probe_returns(sub):
    """Two calls, on the spy's batch and a fresh one: what each returned, the losses each back-propagated."""
    spy = Spy()
    batches = [(None, None), _batch(seeded(SEED + 4))]
    results, calls = [], []
    for real_imgs, z in batches:
        first_loss, first_step = len(spy.losses), len(_steps(spy.events))
        results.append(spy.call(sub, real_imgs, z))
        calls.append({"returned": [_number(x) for x in _items(results[-1])],
                      "losses": spy.call_losses(first_loss, first_step)})
    return {"type": type(results[0]).__name__, "types": [type(x).__name__ for x in _items(results[0])], "calls": calls}


def _close(got, want):
    return len(got) == len(want) and None not in got and None not in want \
        and np.allclose(got, want, rtol=RETURN_RTOL, atol=RETURN_ATOL)


def judge_returns(found, expected):
    if found["type"] not in ("tuple", "list") or len(found["types"]) != 2:
        return fail("step.return_pair", got=found["type"], n=len(found["types"]))
    if found["types"] != ["float", "float"]:
        return fail("step.return_floats", got=", ".join(found["types"]))
    # The floats must be this call's d_loss and g_loss, the ones its backward() calls used.
    first, second = found["calls"]
    got = _pair(first["returned"])
    if None in first["losses"] or None in second["losses"]:
        return fail("step.return_no_backward", got=got, losses=_pair(first["losses"]))
    if all(_close(c["returned"], c["losses"]) for c in (first, second)):
        return None
    if all(_close(c["returned"][::-1], c["losses"]) for c in (first, second)):
        return fail("step.return_order")
    if _close(second["returned"], first["returned"]):
        return fail("step.return_constant", got=got, first=_pair(first["losses"]), second=_pair(second["losses"]))
    if _close(second["returned"], first["losses"]):
        return fail("step.return_stale", got=_pair(second["returned"]), want=_pair(second["losses"]))
    return fail("step.return_other", got=got, want=_pair(first["losses"]))


# ---- detach, zero_grad, optimizers, z ----------------------------------------------------------

def probe_events(sub):
    spy = Spy()
    spy.call(sub)
    return {"events": spy.events, "moved": spy.moved}


def _steps(events):
    return [e for e in events if e.endswith(".step")]


def judge_optimizers(found, expected):
    steps = _steps(found["events"])
    if steps == _steps(expected["events"]):
        idle = [step for step, moved in zip(steps, found["moved"]) if not moved]
        return fail({"d.step": "step.idle_d_step", "g.step": "step.idle_g_step"}[idle[0]]) if idle else None
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
    d_phase = events[last_g_step + 1:d_step]
    if "d.fakes" not in d_phase:
        return fail("step.detach_needs_fakes")  # D's step saw no fakes of G: nothing to detach
    if "d.grad" not in d_phase:
        return fail("step.detach_needs_d_grad")  # no d_loss.backward(): nothing to detach from
    if "g.grad" in d_phase:
        return fail("step.detach")
    return None


def probe_zero_grad(sub):
    spy = Spy(poison=True)
    spy.call(sub)
    return {"grad_max_at_step": spy.grad_max_at_step}


ZERO_GRAD_FAILURES = {  # tag -> (no step, stale gradients, no gradient at all)
    "d": ("step.zero_grad_needs_d_step", "step.zero_grad_d", "step.zero_grad_d_empty"),
    "g": ("step.zero_grad_needs_g_step", "step.zero_grad_g", "step.zero_grad_g_empty"),
}


def judge_zero_grad(found, expected):
    # Both optimizers must step, on gradients that are neither stale (poisoned) nor absent.
    stepped = found["grad_max_at_step"]
    for tag, (no_step, stale, empty) in ZERO_GRAD_FAILURES.items():
        if tag not in stepped:
            return fail(no_step)
        if stepped[tag] >= POISON / 2:
            return fail(stale)
        if stepped[tag] == 0.0:
            return fail(empty)
    return None


def probe_uses_z(sub):
    spy = Spy()
    spy.call(sub)
    return {"calls": len(spy.g_inputs), "with_z": [bool(torch.equal(x, spy.z)) for x in spy.g_inputs],
            "fed_to_d": "d.fakes" in spy.events}


def _contains(batch, rows):
    """Every row of `rows` (N, F) is a row of `batch` (M, F): G's fakes inside what D was shown."""
    if batch.shape[1:] != rows.shape[1:] or rows.numel() == 0:
        return False
    return bool((batch[:, None, :] == rows[None, :, :]).all(dim=2).any(dim=0).all())


def judge_uses_z(found, expected):
    if found["calls"] == 0:
        return fail("step.g_not_called")
    if not all(found["with_z"]):
        return fail("step.new_noise", n=found["with_z"].count(False), calls=found["calls"])
    if not found["fed_to_d"]:
        return fail("step.fakes_unused")
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
        real_imgs, z = _batch(gen)
        losses.append([_number(x) for x in _items(train_step(G, D, real_imgs, z, opt_g, opt_d))])
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
