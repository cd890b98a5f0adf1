"""Each zero_grad() sits between backward() and step(): both optimizers step on no gradient."""
VACUOUS_FOR = ("step.zero_grad", "step.optimizers")
EXPECT = {"step.optimizers": "step.idle_d_step", "step.zero_grad": "step.zero_grad_d_empty",
          "step.direction": "step.d_direction", "step.trajectory": "step.trajectory_losses",
          "convergence.ring": "conv.modes"}
EDITS = [("train_step.py", "    opt_d.zero_grad()\n", ""), ("train_step.py", "    opt_g.zero_grad()\n", ""),
         ("train_step.py", "    d_loss.backward()\n", "    d_loss.backward()\n    opt_d.zero_grad()\n"),
         ("train_step.py", "    g_loss.backward()\n", "    g_loss.backward()\n    opt_g.zero_grad()\n")]
