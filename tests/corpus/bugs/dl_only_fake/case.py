"""d_loss forgets the real term."""
FAILS, MESSAGE = "losses.discriminator", "dl.only_fake"
EDITS = [("train_step.py", "return real_loss + fake_loss", "return fake_loss")]
