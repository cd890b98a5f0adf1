"""train_step returns (g_loss, d_loss)."""
FAILS, MESSAGE = "step.returns", "step.return_order"
EDITS = [("train_step.py", "return d_loss.item(), g_loss.item()", "return g_loss.item(), d_loss.item()")]
