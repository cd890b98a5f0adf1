"""generator_loss returns a made-up scalar (ln 2, the right value when D says 0.5) that needs grad."""
VACUOUS_FOR = ("losses.generator",)
EXPECT = {"losses.generator": "loss.value",
          # train_step uses it: G's backward() reaches no parameter, so G never learns
          "step.optimizers": "step.idle_g_step", "step.zero_grad": "step.zero_grad_g_empty",
          "step.direction": "step.g_direction", "step.trajectory": "step.trajectory_losses",
          "convergence.ring": "conv.modes"}
EDITS = [("train_step.py", "    return F.binary_cross_entropy(d_fake, torch.ones_like(d_fake))",
          "    return torch.tensor(0.6931, requires_grad=True)")]
