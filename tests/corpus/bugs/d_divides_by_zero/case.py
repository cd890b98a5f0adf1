"""D divides its probabilities by a sum that is zero: inf."""
FAILS, MESSAGE = "discriminator.output", "mlp.not_finite"
EDITS = [("discriminator.py", "return self.model(flat)  # (N, 1)", "return self.model(flat) / (flat.sum() * 0)")]
