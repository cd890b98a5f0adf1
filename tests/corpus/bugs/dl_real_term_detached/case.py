"""d_loss detaches D(x) in the real term: the right value, but no gradient reaches d_real."""
FAILS, MESSAGE = "losses.discriminator", "loss.grad"
EDITS = [("train_step.py", "    real_loss = F.binary_cross_entropy(d_real, torch.ones_like(d_real))\n",
          "    real_loss = F.binary_cross_entropy(d_real.detach(), torch.ones_like(d_real))\n")]
