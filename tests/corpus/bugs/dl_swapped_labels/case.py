"""d_loss labels real images 0 and fakes 1."""
FAILS, MESSAGE = "losses.discriminator", "dl.swapped_labels"
EDITS = [("train_step.py", "real_loss = F.binary_cross_entropy(d_real, torch.ones_like(d_real))",
          "real_loss = F.binary_cross_entropy(d_real, torch.zeros_like(d_real))"),
         ("train_step.py", "fake_loss = F.binary_cross_entropy(d_fake, torch.zeros_like(d_fake))",
          "fake_loss = F.binary_cross_entropy(d_fake, torch.ones_like(d_fake))")]
