"""train_step returns the loss tensors, keeping every step's graph alive."""
FAILS, MESSAGE = "step.returns", "step.return_floats"
EDITS = [("train_step.py", "return d_loss.item(), g_loss.item()", "return d_loss, g_loss")]
