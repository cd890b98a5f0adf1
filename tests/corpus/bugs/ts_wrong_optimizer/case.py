"""D's update calls opt_g.step(): G moves twice, D never."""
FAILS, MESSAGE = "step.optimizers", "step.no_d_step"
EDITS = [("train_step.py", "    opt_d.step()\n", "    opt_g.step()\n")]
