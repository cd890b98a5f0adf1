"""D is stepped twice per call."""
FAILS, MESSAGE = "step.optimizers", "step.extra_steps"
EDITS = [("train_step.py", "    opt_d.step()\n", "    opt_d.step()\n    opt_d.step()\n")]
