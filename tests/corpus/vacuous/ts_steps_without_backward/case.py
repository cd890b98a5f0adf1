"""Both optimizers step, but no loss is ever back-propagated: the steps have no gradient to use."""
VACUOUS_FOR = ("step.optimizers", "step.detach", "step.zero_grad", "step.returns")
EXPECT = {"step.returns": "step.return_no_backward", "step.optimizers": "step.idle_d_step",
          "step.detach": "step.detach_needs_d_grad", "step.zero_grad": "step.zero_grad_d_empty",
          "step.direction": "step.d_direction", "step.trajectory": "step.trajectory_losses",
          "convergence.ring": "conv.modes"}
EDITS = [("train_step.py", "    d_loss.backward()\n", ""), ("train_step.py", "    g_loss.backward()\n", "")]
