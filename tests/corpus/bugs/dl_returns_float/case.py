"""d_loss is returned as a Python float: nothing left to call backward() on."""
FAILS, MESSAGE = "losses.discriminator", "loss.not_tensor"
EDITS = [("train_step.py", "return real_loss + fake_loss", "return (real_loss + fake_loss).item()")]
