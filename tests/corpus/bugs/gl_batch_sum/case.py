"""g_loss sums the BCE over the batch (reduction="sum")."""
FAILS, MESSAGE = "losses.generator", "gl.batch_sum"
EDITS = [("train_step.py", "    return F.binary_cross_entropy(d_fake, torch.ones_like(d_fake))\n",
          "    return F.binary_cross_entropy(d_fake, torch.ones_like(d_fake), reduction=\"sum\")\n")]
