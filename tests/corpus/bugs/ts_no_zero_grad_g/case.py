"""opt_g.zero_grad() is missing: G steps on gradients accumulated across calls."""
FAILS, MESSAGE = "step.zero_grad", "step.zero_grad_g"
EDITS = [("train_step.py", "    opt_g.zero_grad()\n", "")]
ALSO = {"step.trajectory": "step.trajectory_params"}
