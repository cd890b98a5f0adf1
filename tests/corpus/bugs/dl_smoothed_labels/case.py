"""d_loss with one-sided label smoothing: real images labelled 0.9."""
FAILS, MESSAGE = "losses.discriminator", "dl.smoothed_labels"
EDITS = [("train_step.py", "    real_loss = F.binary_cross_entropy(d_real, torch.ones_like(d_real))",
          "    real_loss = F.binary_cross_entropy(d_real, torch.full_like(d_real, 0.9))")]
