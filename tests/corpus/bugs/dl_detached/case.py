"""d_loss is detached from the network (.detach() on the result): right value, no gradient."""
FAILS, MESSAGE = "losses.discriminator", "loss.no_grad"
EDITS = [("train_step.py", "return real_loss + fake_loss", "return (real_loss + fake_loss).detach()")]
