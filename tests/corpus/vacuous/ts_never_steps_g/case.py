"""D is updated as in the lecture; G's loss is computed and back-propagated, but opt_g.step() never runs."""
VACUOUS_FOR = ("step.zero_grad", "step.optimizers", "step.direction")
EXPECT = {"step.optimizers": "step.no_g_step", "step.zero_grad": "step.zero_grad_needs_g_step",
          "step.direction": "step.direction_needs_steps", "step.trajectory": "step.trajectory_losses",
          "convergence.ring": "conv.modes"}
EDITS = [("train_step.py", "    g_loss.backward()\n    opt_g.step()\n", "    g_loss.backward()\n")]
