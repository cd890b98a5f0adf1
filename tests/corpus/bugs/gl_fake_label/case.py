"""g_loss compares D(G(z)) with label 0, as D's loss does."""
FAILS, MESSAGE = "losses.generator", "gl.fake_label"
EDITS = [("train_step.py", "return F.binary_cross_entropy(d_fake, torch.ones_like(d_fake))",
          "return F.binary_cross_entropy(d_fake, torch.zeros_like(d_fake))")]
