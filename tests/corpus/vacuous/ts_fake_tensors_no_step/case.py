"""train_step never steps and returns made-up loss tensors."""
VACUOUS_FOR = ("step.returns", "step.zero_grad", "step.optimizers")
EXPECT = {"step.returns": "step.return_floats", "step.optimizers": "step.no_d_step",
          "step.detach": "step.detach_needs_d_step", "step.zero_grad": "step.zero_grad_needs_d_step",
          "step.uses_z": "step.g_not_called", "step.direction": "step.direction_needs_steps",
          "step.trajectory": "step.trajectory_losses", "convergence.ring": "conv.modes"}
EDITS = [("train_step.py", "    fake_imgs = generator(z)  # (N, C, H, W)\n",
          "    return torch.tensor(1.3863), torch.tensor(0.6931)\n    fake_imgs = generator(z)  # (N, C, H, W)\n")]
