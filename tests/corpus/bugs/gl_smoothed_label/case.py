"""g_loss against a smoothed label 0.9 instead of 1."""
FAILS, MESSAGE = "losses.generator", "gl.smoothed_label"
EDITS = [("train_step.py", "    return F.binary_cross_entropy(d_fake, torch.ones_like(d_fake))",
          "    return F.binary_cross_entropy(d_fake, torch.full_like(d_fake, 0.9))")]
