"""d_loss keeps one value per image (reduction='none'): not a scalar."""
FAILS, MESSAGE = "losses.discriminator", "loss.not_scalar"
EDITS = [("train_step.py", "real_loss = F.binary_cross_entropy(d_real, torch.ones_like(d_real))",
          "real_loss = F.binary_cross_entropy(d_real, torch.ones_like(d_real), reduction='none')")]
