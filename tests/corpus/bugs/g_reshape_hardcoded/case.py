"""G reshapes to a hard-coded (N, 1, 28, 28), which breaks for any other img_shape."""
FAILS, MESSAGE, HINT = "generator.output", "error.exception", "reshape"
EDITS = [("generator.py", "flat.view(z.size(0), *self.img_shape)", "flat.view(z.size(0), 1, 28, 28)")]
