"""Checks of discriminator_loss and generator_loss: scalar tensors, values at known points, gradients.

The judge knows the inputs (they are seeded here), so when a value is wrong it recomputes the
usual mistakes in numpy (mean instead of sum, swapped labels, saturating G loss, a with-logits BCE
on probabilities, smoothed labels, squared error, ...) and names the one that matches.
"""
import numpy as np
import torch

from gankit.checks.feedback import fail, fmt_shape
from gankit.checks.tensors import describe, to_numpy

N = 8  # batch of D outputs per case
LOSS_SEED = 11
# Loss values are a handful of logs and means in float32: other CPUs, GPUs and torch versions
# agree to ~1e-6 relative; the mistakes we name change them by >= 5% (sum vs mean: 50%).
VALUE_RTOL = 1e-4
# Gradients w.r.t. D's outputs are 1/(N d) sized; 1e-3 relative allows float32 noise near d = 1e-3.
GRAD_RTOL = 1e-3


def cases() -> dict:
    """name -> (d_real, d_fake) as float32 arrays (N, 1): D's outputs at telling points."""
    rng = np.random.default_rng(LOSS_SEED)

    def u(lo, hi):
        return rng.uniform(lo, hi, size=(N, 1)).astype(np.float32)

    return {
        "half": (np.full((N, 1), 0.5, np.float32), np.full((N, 1), 0.5, np.float32)),  # 2 ln 2 and ln 2
        "mixed": (u(0.05, 0.95), u(0.05, 0.95)),
        "d_right": (u(0.85, 0.99), u(0.01, 0.15)),  # D separates: small d_loss, large g_loss
        "d_fooled": (u(0.01, 0.15), u(0.85, 0.99)),
        "g_rejected": (u(0.5, 0.9), u(0.0005, 0.002)),  # D(G(z)) -> 0: where the saturating loss stalls
    }


SMOOTH_REAL = 0.9  # one-sided label smoothing (Salimans et al. 2016): the usual "real" target
SMOOTH_FAKE = 0.1  # the two-sided variant's "fake" target


def _bce(p, label):
    """Batch-mean BCE of probabilities p against a label (1, 0, or a smoothed one in between)."""
    p = p.astype(np.float64)
    return float(np.mean(-(label * np.log(p) + (1 - label) * np.log(1 - p))))


def _sigmoid(x):
    """What a with-logits BCE does to its input first: applied to D's probabilities, a second sigmoid."""
    return 1 / (1 + np.exp(-x.astype(np.float64)))


def _mse(p, label):
    return float(np.mean((p.astype(np.float64) - label) ** 2))


D_MISTAKES = (  # (message key, d_loss as students commonly (mis)write it)
    ("dl.mean_not_sum", lambda r, f: (_bce(r, 1) + _bce(f, 0)) / 2),
    ("dl.swapped_labels", lambda r, f: _bce(r, 0) + _bce(f, 1)),
    ("dl.batch_sum", lambda r, f: N * (_bce(r, 1) + _bce(f, 0))),
    ("dl.only_real", lambda r, f: _bce(r, 1)),
    ("dl.only_fake", lambda r, f: _bce(f, 0)),
    ("dl.sign", lambda r, f: -(_bce(r, 1) + _bce(f, 0))),
    ("dl.sigmoid_twice", lambda r, f: _bce(_sigmoid(r), 1) + _bce(_sigmoid(f), 0)),
    ("dl.smoothed_labels", lambda r, f: _bce(r, SMOOTH_REAL) + _bce(f, 0)),
    ("dl.smoothed_labels", lambda r, f: _bce(r, SMOOTH_REAL) + _bce(f, SMOOTH_FAKE)),
    ("dl.mse", lambda r, f: _mse(r, 1) + _mse(f, 0)),
)
G_MISTAKES = (  # (message key, g_loss as students commonly (mis)write it)
    ("gl.saturating", lambda f: float(np.mean(np.log(1 - f.astype(np.float64))))),
    ("gl.sign", lambda f: -_bce(f, 1)),
    ("gl.fake_label", lambda f: _bce(f, 0)),
    ("gl.batch_sum", lambda f: N * _bce(f, 1)),
    ("gl.sigmoid_twice", lambda f: _bce(_sigmoid(f), 1)),
    ("gl.smoothed_label", lambda f: _bce(f, SMOOTH_REAL)),
    ("gl.mse", lambda f: _mse(f, 1)),
)


def _run(fn, *inputs):
    """Call a student loss on fresh leaf tensors; report the result and the gradients it sends back."""
    leaves = [torch.tensor(x, requires_grad=True) for x in inputs]
    out = fn(*leaves)
    info = describe(out)
    info["value"] = float(out.detach().double().sum()) if info["is_tensor"] else None
    info["grads"] = None
    if info["is_tensor"] and out.requires_grad and out.numel() == 1:
        out.sum().backward()
        info["grads"] = [to_numpy(x.grad) if x.grad is not None else np.zeros(x.shape) for x in leaves]
    return info


def probe_d_loss(sub):
    fn = sub.attr("train_step", "discriminator_loss")
    return {name: _run(fn, real, fake) for name, (real, fake) in cases().items()}


def probe_g_loss(sub):
    fn = sub.attr("train_step", "generator_loss")
    return {name: _run(fn, fake) for name, (_, fake) in cases().items()}


def _judge(name, found, expected, mistakes, args_of):
    for case, got in found.items():
        if not got["is_tensor"]:
            return fail("loss.not_tensor", fn=name, got=got["type"])
        if got["shape"] != []:
            return fail("loss.not_scalar", fn=name, got=fmt_shape(got["shape"]))
    wrong = [c for c, want in expected.items() if not np.isclose(found[c]["value"], want["value"], rtol=VALUE_RTOL)]
    if wrong:
        case = wrong[0]
        params = dict(fn=name, case=case, want=f"{expected[case]['value']:.4f}", got=f"{found[case]['value']:.4f}")
        return fail(_name_mistake(found, mistakes, args_of) or "loss.value", **params)
    for case, want in expected.items():
        got = found[case]
        if got["grads"] is None:
            return fail("loss.no_grad", fn=name)
        if not all(np.allclose(g, w, rtol=GRAD_RTOL, atol=1e-6) for g, w in zip(got["grads"], want["grads"])):
            return fail("loss.grad", fn=name, case=case)
    return None


def _name_mistake(found, mistakes, args_of):
    """The known mistake whose formula reproduces the student's value in every case, if any."""
    known = cases()
    for key, formula in mistakes:
        if all(np.isclose(found[c]["value"], formula(*args_of(inputs)), rtol=VALUE_RTOL, atol=1e-6)
               for c, inputs in known.items()):
            return key
    return None


def judge_d_loss(found, expected):
    return _judge("discriminator_loss", found, expected, D_MISTAKES, lambda c: c)


def judge_g_loss(found, expected):
    return _judge("generator_loss", found, expected, G_MISTAKES, lambda c: (c[1],))
