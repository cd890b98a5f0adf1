"""opt_d.zero_grad() is missing: D steps on gradients accumulated across calls."""
FAILS, MESSAGE = "step.zero_grad", "step.zero_grad_d"
EDITS = [("train_step.py", "    opt_d.zero_grad()\n", "")]
