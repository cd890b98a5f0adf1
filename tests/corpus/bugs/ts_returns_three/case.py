"""train_step also returns D(x): three values instead of (d_loss, g_loss)."""
FAILS, MESSAGE = "step.returns", "step.return_pair"
EDITS = [("train_step.py", "return d_loss.item(), g_loss.item()", "return d_loss.item(), g_loss.item(), d_real.mean().item()")]
