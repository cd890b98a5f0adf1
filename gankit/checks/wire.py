"""Plain data between a probe and its judge: JSON with numpy arrays, validated on the way in.

A probe may run in an untrusted worker, so what it returns is decoded strictly: only dicts with
string keys, lists, str, bool, int, float, None and float arrays survive; anything else, or too
much of it, is rejected. No pickle anywhere: a submission can forge numbers, never objects.
"""
import json
import math

import numpy as np

ARRAY_TAG = "__array__"
MAX_DEPTH = 12  # probes nest dict -> list -> dict at most a few levels
MAX_ITEMS = 2_000_000  # all numbers of one probe's data; the largest probe returns ~20k


class WireError(ValueError):
    """Probe data that is not plain data (or is too large)."""


def encode(obj):
    """Probe data -> JSON-ready structure (numpy arrays tagged, numpy scalars made plain)."""
    if isinstance(obj, dict):
        return {str(key): encode(value) for key, value in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [encode(value) for value in obj]
    if isinstance(obj, np.ndarray):
        flat = obj.astype(np.float64).ravel()
        return {ARRAY_TAG: [_json_float(x) for x in flat.tolist()], "shape": list(obj.shape)}
    if isinstance(obj, (bool, np.bool_)):
        return bool(obj)
    if isinstance(obj, (int, np.integer)):
        return int(obj)
    if isinstance(obj, (float, np.floating)):
        return _json_float(float(obj))
    if obj is None or isinstance(obj, str):
        return obj
    raise WireError(f"not plain data: {type(obj).__name__}")


def decode(obj):
    """JSON structure -> probe data, rejecting anything that is not plain data."""
    budget = [MAX_ITEMS]
    return _decode(obj, 0, budget)


def dumps(obj) -> str:
    return json.dumps(encode(obj), allow_nan=False)


def loads(text: str):
    return decode(json.loads(text))


def _json_float(x: float):
    """JSON has no NaN or inf; keep them as strings so a judge can still report them."""
    return x if math.isfinite(x) else repr(x)


def _decode(obj, depth, budget):
    if depth > MAX_DEPTH:
        raise WireError("nested too deeply")
    budget[0] -= 1
    if budget[0] < 0:
        raise WireError("too much data")
    if isinstance(obj, dict):
        if ARRAY_TAG in obj:
            return _decode_array(obj, budget)
        if not all(isinstance(key, str) for key in obj):
            raise WireError("non-string key")
        return {key: _decode(value, depth + 1, budget) for key, value in obj.items()}
    if isinstance(obj, list):
        return [_decode(value, depth + 1, budget) for value in obj]
    if obj is None or type(obj) in (bool, int, float, str):
        return obj
    raise WireError(f"not plain data: {type(obj).__name__}")


def _decode_array(obj, budget):
    values, shape = obj.get(ARRAY_TAG), obj.get("shape")
    if not isinstance(values, list) or not isinstance(shape, list):
        raise WireError("malformed array")
    if not all(type(n) is int and n >= 0 for n in shape) or math.prod(shape) != len(values):
        raise WireError("array shape does not match its values")
    budget[0] -= len(values)
    if budget[0] < 0:
        raise WireError("too much data")
    floats = [_plain_float(x) for x in values]
    return np.array(floats, dtype=np.float64).reshape(shape)


def _plain_float(x):
    if type(x) in (int, float):
        return float(x)
    if x in ("nan", "inf", "-inf"):
        return float(x)
    raise WireError("array holds a non-number")
