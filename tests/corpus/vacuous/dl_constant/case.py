"""discriminator_loss returns a made-up scalar (2 ln 2, the right value when D says 0.5) that needs grad."""
VACUOUS_FOR = ("losses.discriminator",)
EXPECT = {"losses.discriminator": "loss.value",
          # train_step uses it: D's backward() reaches no parameter, so D never learns
          "step.optimizers": "step.idle_d_step", "step.detach": "step.detach_needs_d_grad",
          "step.zero_grad": "step.zero_grad_d_empty", "step.direction": "step.d_direction",
          "step.trajectory": "step.trajectory_losses", "convergence.ring": "conv.modes"}
EDITS = [("train_step.py", """    real_loss = F.binary_cross_entropy(d_real, torch.ones_like(d_real))
    fake_loss = F.binary_cross_entropy(d_fake, torch.zeros_like(d_fake))
    return real_loss + fake_loss""", "    return torch.tensor(1.3863, requires_grad=True)")]
