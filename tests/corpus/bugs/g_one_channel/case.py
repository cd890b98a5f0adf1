"""G assumes one channel: view(N, 1, -1, W) is right for MNIST, wrong for colour images."""
FAILS, MESSAGE = "generator.output", "g.custom_shape"
EDITS = [("generator.py", "return flat.view(z.size(0), *self.img_shape)  # (N, C, H, W)", "return flat.view(z.size(0), 1, -1, self.img_shape[-1])")]
