"""g_loss has a minus sign too many: G is pushed away from fooling D."""
FAILS, MESSAGE = "losses.generator", "gl.sign"
EDITS = [("train_step.py", "return F.binary_cross_entropy(d_fake, torch.ones_like(d_fake))",
          "return -F.binary_cross_entropy(d_fake, torch.ones_like(d_fake))")]
