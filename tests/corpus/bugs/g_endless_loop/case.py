"""G's forward never returns (a leftover training loop); the check is stopped after SECONDS."""
FAILS, MESSAGE = "generator.output", "error.timeout"
SECONDS = 1  # the probe's limit in this test: the check's own 20 s would only make it slower
EDITS = [("generator.py", "        flat = self.model(z)  # (N, C*H*W)\n",
          "        while True:\n            flat = self.model(z)  # (N, C*H*W)\n")]
