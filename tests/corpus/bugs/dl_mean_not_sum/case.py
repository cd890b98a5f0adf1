"""d_loss averages the real and fake terms instead of adding them."""
FAILS, MESSAGE = "losses.discriminator", "dl.mean_not_sum"
EDITS = [("train_step.py", "return real_loss + fake_loss", "return (real_loss + fake_loss) / 2")]
