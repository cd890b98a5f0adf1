"""train_step does nothing and returns (0.0, 0.0): no G, no D, no backward, no step."""
VACUOUS_FOR = ("step.returns", "step.optimizers", "step.detach", "step.zero_grad", "step.uses_z", "step.direction",
               "step.trajectory", "convergence.ring")
EXPECT = {"step.returns": "step.return_no_backward", "step.optimizers": "step.no_d_step",
          "step.detach": "step.detach_needs_d_step", "step.zero_grad": "step.zero_grad_needs_d_step",
          "step.uses_z": "step.g_not_called", "step.direction": "step.direction_needs_steps",
          "step.trajectory": "step.trajectory_losses", "convergence.ring": "conv.modes"}
EDITS = [("train_step.py", "    fake_imgs = generator(z)  # (N, C, H, W)\n",
          "    return 0.0, 0.0\n    fake_imgs = generator(z)  # (N, C, H, W)\n")]
