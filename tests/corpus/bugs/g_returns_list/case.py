"""G returns its images inside a list."""
FAILS, MESSAGE = "generator.output", "mlp.not_tensor"
EDITS = [("generator.py", "return flat.view(z.size(0), *self.img_shape)  # (N, C, H, W)", "return [flat.view(z.size(0), *self.img_shape)]")]
