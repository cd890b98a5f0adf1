"""g_loss as a squared error (nn.MSELoss, the LSGAN loss) instead of BCE."""
FAILS, MESSAGE = "losses.generator", "gl.mse"
EDITS = [("train_step.py", "    return F.binary_cross_entropy(d_fake, torch.ones_like(d_fake))",
          "    return torch.nn.MSELoss()(d_fake, torch.ones_like(d_fake))")]
