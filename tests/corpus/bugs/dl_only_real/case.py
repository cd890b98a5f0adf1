"""d_loss forgets the fake term."""
FAILS, MESSAGE = "losses.discriminator", "dl.only_real"
EDITS = [("train_step.py", "return real_loss + fake_loss", "return real_loss")]
ALSO = {"step.direction": "step.direction_size"}
