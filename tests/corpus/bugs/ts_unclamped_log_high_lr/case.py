"""Both losses written with a bare torch.log (BCELoss clamps it, this does not) and a learning rate of
0.1 set inside train_step: D saturates to exactly 0 or 1, a log gives -inf, and the weights become NaN."""
FAILS, MESSAGE = "convergence.ring", "conv.diverged"
EDITS = [("train_step.py", "    real_loss = F.binary_cross_entropy(d_real, torch.ones_like(d_real))\n"
                           "    fake_loss = F.binary_cross_entropy(d_fake, torch.zeros_like(d_fake))\n",
          "    real_loss = -torch.log(d_real).mean()\n    fake_loss = -torch.log(1 - d_fake).mean()\n"),
         ("train_step.py", "    return F.binary_cross_entropy(d_fake, torch.ones_like(d_fake))\n",
          "    return -torch.log(d_fake).mean()\n"),
         ("train_step.py", "    opt_d.zero_grad()\n",
          "    for group in opt_d.param_groups + opt_g.param_groups:\n        group[\"lr\"] = 0.1\n    opt_d.zero_grad()\n")]
