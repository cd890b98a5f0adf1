"""train_step returns millions of numbers (a loss history padded out) instead of (d_loss, g_loss): more
data than a probe may send back from the sandbox (gankit.checks.wire.MAX_ITEMS)."""
FAILS, MESSAGE = "step.returns", "error.bad_data"
EDITS = [("train_step.py", "return d_loss.item(), g_loss.item()", "return [d_loss.item(), g_loss.item()] * 1_000_001")]
