"""G is run on z for show; D and G's loss see made-up noise images instead of G(z)."""
VACUOUS_FOR = ("step.uses_z", "step.detach")
EXPECT = {"step.uses_z": "step.fakes_unused", "step.detach": "step.detach_needs_fakes",
          "step.optimizers": "step.idle_g_step", "step.zero_grad": "step.zero_grad_g_empty",
          "step.direction": "step.g_direction", "step.trajectory": "step.trajectory_losses",
          "convergence.ring": "conv.modes"}
EDITS = [("train_step.py", "    fake_imgs = generator(z)  # (N, C, H, W)\n",
          "    generator(z)  # run for show: its images are never used\n"
          "    fake_imgs = torch.rand_like(real_imgs) * 2 - 1  # made-up fakes\n")]
