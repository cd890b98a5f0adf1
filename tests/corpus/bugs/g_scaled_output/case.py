"""G doubles its output after Tanh: right layers, wrong function (and range)."""
FAILS, MESSAGE = "generator.function", "g.function"
EDITS = [("generator.py", "flat = self.model(z)  # (N, C*H*W)", "flat = self.model(z) * 0.5  # (N, C*H*W)")]
