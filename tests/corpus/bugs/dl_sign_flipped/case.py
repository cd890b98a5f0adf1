"""d_loss is negated ("D maximises V", taken literally)."""
FAILS, MESSAGE = "losses.discriminator", "dl.sign"
EDITS = [("train_step.py", "return real_loss + fake_loss", "return -(real_loss + fake_loss)")]
