"""Checks of the student's G and D: layers, activations, outputs, and the function they compute.

Both nets are 4-Linear MLPs, so one set of probes serves both, parameterised by a `Net`.
Probes run student code and return plain data; judges compare it with the reference's data.
"""
from dataclasses import dataclass
from typing import Callable

import numpy as np
import torch
import torch.nn.functional as F

from gankit.checks.feedback import fail, fmt_linears, fmt_shape
from gankit.checks.tensors import describe, linears_in_call_order, seeded, set_weights, to_numpy, unique

N = 16  # batch size of every probe input
WEIGHT_SEED = 7  # seed of the deterministic weights given to student and reference alike
# Activations are recognised by recomputing them from the Linear outputs in float32; agreement
# is exact up to rounding (~1e-7), so 1e-5 separates "same function" from any other activation.
ACT_ATOL = 1e-5
# Slope of LeakyReLU estimated from negative inputs; 1e-3 tells 0.2 from 0.1 or 0.01 (default).
SLOPE_ATOL = 1e-3
# G/D outputs from identical weights: float32 sums in another order (other CPU, GPU, torch) differ
# by ~1e-6 after four layers; any wrong layer or activation changes them by > 1e-2.
FUNCTION_ATOL = 1e-4


@dataclass(frozen=True)
class Net:
    """How to build and feed one of the two networks."""

    key: str  # "g" or "d": prefix of message keys
    module: str  # student file, without .py
    cls: str  # class name in that file
    custom: dict  # non-default constructor arguments, to check they are honoured
    make_input: Callable  # (kwargs, seed) -> input tensor for a model built with kwargs
    out_range: tuple  # (lo, hi) allowed output values
    out_shape: Callable  # kwargs -> expected output shape for a batch of N


def _g_input(kwargs, seed):
    return torch.randn(N, kwargs.get("latent_dim", 100), generator=seeded(seed))  # z: (N, latent_dim)


def _d_input(kwargs, seed):
    shape = tuple(kwargs.get("img_shape", (1, 28, 28)))
    return torch.rand(N, *shape, generator=seeded(seed)) * 2 - 1  # images in [-1, 1]: (N, C, H, W)


G = Net("g", "generator", "Generator", {"latent_dim": 16, "img_shape": (3, 8, 8)}, _g_input, (-1.0, 1.0),
        lambda kw: (N, *kw.get("img_shape", (1, 28, 28))))
D = Net("d", "discriminator", "Discriminator", {"img_shape": (3, 8, 8)}, _d_input, (0.0, 1.0),
        lambda kw: (N, 1))


def _build(sub, net, kwargs):
    model = sub.attr(net.module, net.cls)(**kwargs)
    if not isinstance(model, torch.nn.Module):
        raise TypeError(f"{net.cls}(...) is not an nn.Module")
    return model


def _trace(sub, net, kwargs, seed=WEIGHT_SEED):
    """Build the model, give it deterministic weights, run it once: (calls, output)."""
    model = _build(sub, net, kwargs)
    x = net.make_input(kwargs, seed)
    with torch.no_grad():
        set_weights(unique(m for m, _, _ in linears_in_call_order(model, lambda: model(x))), seed)
        result = {}
        calls = linears_in_call_order(model, lambda: result.setdefault("out", model(x)))
    return model, calls, result["out"]


# ---- layers ---------------------------------------------------------------------------------

def probe_layers(net, sub):
    model, calls, _ = _trace(sub, net, {})
    custom = _build(sub, net, net.custom)  # not run: hard-coded sizes would crash before we see them
    return {
        "linears": [list(m.weight.shape[::-1]) for m, _, _ in calls],
        "n_params": sum(p.numel() for p in model.parameters()),
        "custom_linears": sorted(list(m.weight.shape[::-1]) for m in custom.modules() if isinstance(m, torch.nn.Linear)),
    }


def judge_layers(net, found, expected):
    want, got = expected["linears"], found["linears"]
    if len(got) != len(want):
        return fail(f"{net.key}.layer_count", want=len(want), got=len(got), layers=fmt_linears(got))
    for i, (w, g) in enumerate(zip(want, got), start=1):
        if w != g:
            return fail(f"{net.key}.layer_size", i=i, want=fmt_linears([w]), got=fmt_linears([g]))
    if found["n_params"] != expected["n_params"]:
        return fail("mlp.param_count", net=net.cls, want=expected["n_params"], got=found["n_params"])
    if found["custom_linears"] != expected["custom_linears"]:
        return fail(f"{net.key}.ignores_args", args=_kwargs_text(net.custom),
                    want=fmt_linears(expected["custom_linears"]), got=fmt_linears(found["custom_linears"]))
    return None


def _kwargs_text(kwargs):
    return ", ".join(f"{k}={v}" for k, v in kwargs.items())


# ---- activations ----------------------------------------------------------------------------

def _classify(pre: torch.Tensor, post: torch.Tensor):
    """Which activation maps a Linear's output `pre` to what the next layer receives, `post`."""
    if pre.shape != post.shape:
        return ["reshaped", None]
    for name, fn in (("relu", F.relu), ("tanh", torch.tanh), ("sigmoid", torch.sigmoid), ("none", lambda t: t)):
        if torch.allclose(post, fn(pre), atol=ACT_ATOL, rtol=0):
            return [name, None]
    negative = pre < -1e-3
    if negative.any():
        slope = float((post[negative] / pre[negative]).median())
        if torch.allclose(post, F.leaky_relu(pre, slope), atol=ACT_ATOL, rtol=0):
            return ["leaky_relu", slope]
    return ["unknown", None]


def probe_activations(net, sub):
    _, calls, out = _trace(sub, net, {})
    acts = [_classify(a_out, b_in) for (_, _, a_out), (_, b_in, _) in zip(calls, calls[1:])]
    if calls:
        acts.append(_classify(calls[-1][2], out.reshape(calls[-1][2].shape)) if out.numel() == calls[-1][2].numel()
                    else ["reshaped", None])
    return {"acts": acts}


def _act_name(act):
    name, slope = act
    return f"LeakyReLU({slope:.3g})" if name == "leaky_relu" else {
        "relu": "ReLU", "tanh": "Tanh", "sigmoid": "Sigmoid", "none": "-", "reshaped": "?", "unknown": "?",
    }[name]


def judge_activations(net, found, expected):
    want, got = expected["acts"], found["acts"]
    if len(got) != len(want):
        return fail("mlp.acts_need_layers", net=net.cls)
    for i, (w, g) in enumerate(zip(want, got), start=1):
        last = i == len(want)
        if w[0] != g[0]:
            key = f"{net.key}.last_act" if last else f"{net.key}.hidden_act"
            return fail(key, i=i, want=_act_name(w), got=_act_name(g))
        if w[0] == "leaky_relu" and abs(w[1] - g[1]) > SLOPE_ATOL:
            return fail("d.slope", i=i, want=f"{w[1]:.2f}", got=f"{g[1]:.3g}")
    return None


# ---- outputs --------------------------------------------------------------------------------

def probe_output(net, sub):
    model = _build(sub, net, {})
    custom = _build(sub, net, net.custom)
    with torch.no_grad():
        out = describe(model(net.make_input({}, 1)))
        custom_out = describe(custom(net.make_input(net.custom, 2)))
    return {"out": out, "custom_out": custom_out, "want_shape": list(net.out_shape({})),
            "want_custom_shape": list(net.out_shape(net.custom)), **_computed(net, model)}


def _computed(net, model) -> dict:
    """Whether the output is the net's own computation, not made-up values of the right shape: it
    changes with the input, and a gradient flows from it to every parameter tensor."""
    params = [p for p in model.parameters() if p.requires_grad]
    out = model(net.make_input({}, 3))
    with torch.no_grad():
        other = model(net.make_input({}, 4))
    varies = type(out) is torch.Tensor and type(other) is torch.Tensor and out.shape == other.shape \
        and not torch.equal(out, other)
    reached = 0
    if type(out) is torch.Tensor and out.requires_grad and params:
        weights = torch.rand(out.shape, generator=seeded(5))  # a random mix of outputs: no term cancels
        grads = torch.autograd.grad((out.float() * weights).sum(), params, allow_unused=True)
        reached = sum(g is not None and bool(g.abs().max() > 0) for g in grads)
    return {"varies": bool(varies), "params_reached": reached, "param_tensors": len(params)}


def judge_output(net, found, expected):
    out, lo, hi = found["out"], *net.out_range
    if not out["is_tensor"]:
        return fail("mlp.not_tensor", net=net.cls, got=out["type"])
    if out["shape"] != expected["want_shape"]:
        return fail(f"{net.key}.out_shape", want=fmt_shape(expected["want_shape"]), got=fmt_shape(out["shape"]))
    if out["dtype"] != expected["out"]["dtype"]:
        return fail("mlp.dtype", net=net.cls, want=expected["out"]["dtype"], got=out["dtype"])
    if not out["finite"]:
        return fail("mlp.not_finite", net=net.cls)
    if out["min"] < lo or out["max"] > hi:
        return fail(f"{net.key}.out_range", lo=f"{out['min']:.3g}", hi=f"{out['max']:.3g}")
    custom = found["custom_out"]
    if not custom["is_tensor"] or custom["shape"] != expected["want_custom_shape"]:
        return fail(f"{net.key}.custom_shape", args=_kwargs_text(net.custom),
                    want=fmt_shape(expected["want_custom_shape"]), got=fmt_shape(custom.get("shape", [])))
    if not found["varies"]:
        return fail("mlp.output_constant", net=net.cls)
    if found["param_tensors"] == 0 or found["params_reached"] < found["param_tensors"]:
        return fail("mlp.output_detached", net=net.cls, reached=found["params_reached"], params=found["param_tensors"])
    return None


# ---- function -------------------------------------------------------------------------------

def probe_function(net, sub):
    _, calls, out = _trace(sub, net, {})
    return {"linears": [list(m.weight.shape[::-1]) for m, _, _ in calls],
            "values": to_numpy(out.reshape(out.shape[0], -1)) if type(out) is torch.Tensor else None}


def judge_function(net, found, expected):
    if found["linears"] != expected["linears"] or found["values"] is None:
        return fail("mlp.function_needs_layers", net=net.cls)
    if found["values"].shape != expected["values"].shape:
        return fail("mlp.function_needs_layers", net=net.cls)
    gap = float(np.max(np.abs(found["values"] - expected["values"])))
    if gap > FUNCTION_ATOL:
        return fail(f"{net.key}.function", gap=f"{gap:.3g}", tol=FUNCTION_ATOL)
    return None
