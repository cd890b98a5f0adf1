"""D(x) and D(G(z)) of each step, read off D's forward calls inside the submission's train_step."""
import math

import torch


class DOutputs:
    """A forward hook on D that averages its outputs per call, split into real and fake inputs.

    The lecture's step calls D three times: D(x), D(G(z)) before D's update and D(G(z)) after it.
    Calls on the real batch itself give d_x; the first other call gives d_g_z1, the last d_g_z2
    (as in pytorch/examples' "D(G(z)): z1 / z2"). A step that scores real and fake images in one
    concatenated call leaves d_x at NaN: the kit cannot tell the halves apart without guessing.
    """

    def __init__(self, D: torch.nn.Module):
        self.handle = D.register_forward_hook(self._record)
        self.real_imgs = None
        self.calls = []  # (is_real, mean probability) per D call in this step

    def start(self, real_imgs: torch.Tensor):
        """Begin a step whose real batch is real_imgs."""
        self.real_imgs = real_imgs
        self.calls = []

    def _record(self, module, inputs, output):
        is_real = bool(inputs) and inputs[0] is self.real_imgs
        self.calls.append((is_real, output.detach().float().mean()))

    def summary(self) -> dict:
        """{"d_x", "d_g_z1", "d_g_z2"} for the step just run (NaN where a value was not seen)."""
        real = [p for is_real, p in self.calls if is_real]
        fake = [p for is_real, p in self.calls if not is_real]
        values = {
            "d_x": real[0] if real else None,
            "d_g_z1": fake[0] if fake else None,
            "d_g_z2": fake[-1] if fake else None,
        }
        return {k: math.nan if v is None else float(v) for k, v in values.items()}

    def remove(self):
        self.handle.remove()
