"""D repeats its score per colour channel: (N, C), which is (N, 1) only for MNIST."""
FAILS, MESSAGE = "discriminator.output", "d.custom_shape"
EDITS = [("discriminator.py", "return self.model(flat)  # (N, 1)", "return self.model(flat).expand(-1, self.img_shape[0])")]
