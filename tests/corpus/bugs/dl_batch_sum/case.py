"""d_loss sums each BCE term over the batch (reduction="sum")."""
FAILS, MESSAGE = "losses.discriminator", "dl.batch_sum"
EDITS = [("train_step.py", "    real_loss = F.binary_cross_entropy(d_real, torch.ones_like(d_real))\n",
          "    real_loss = F.binary_cross_entropy(d_real, torch.ones_like(d_real), reduction=\"sum\")\n"),
         ("train_step.py", "    fake_loss = F.binary_cross_entropy(d_fake, torch.zeros_like(d_fake))\n",
          "    fake_loss = F.binary_cross_entropy(d_fake, torch.zeros_like(d_fake), reduction=\"sum\")\n")]
