"""D squeezes its (N, 1) output to (N,)."""
FAILS, MESSAGE = "discriminator.output", "d.out_shape"
EDITS = [("discriminator.py", "return self.model(flat)  # (N, 1)", "return self.model(flat).squeeze(1)")]
