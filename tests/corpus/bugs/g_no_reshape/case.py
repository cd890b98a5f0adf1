"""G returns the flat (N, 784) output instead of (N, 1, 28, 28) images."""
FAILS, MESSAGE = "generator.output", "g.out_shape"
EDITS = [("generator.py", "return flat.view(z.size(0), *self.img_shape)", "return flat")]
