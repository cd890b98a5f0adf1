"""G scales its Tanh output to pixel values (* 255): the data lives in [-1, 1]."""
FAILS, MESSAGE = "generator.output", "g.out_range"
EDITS = [("generator.py", "return flat.view(z.size(0), *self.img_shape)  # (N, C, H, W)", "return 255 * flat.view(z.size(0), *self.img_shape)")]
