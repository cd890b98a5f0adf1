"""G returns float64 images (.double())."""
FAILS, MESSAGE = "generator.output", "mlp.dtype"
EDITS = [("generator.py", "return flat.view(z.size(0), *self.img_shape)  # (N, C, H, W)", "return flat.view(z.size(0), *self.img_shape).double()")]
