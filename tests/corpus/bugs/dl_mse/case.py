"""d_loss as squared errors (nn.MSELoss, the LSGAN loss) instead of BCE."""
FAILS, MESSAGE = "losses.discriminator", "dl.mse"
EDITS = [("train_step.py", """    real_loss = F.binary_cross_entropy(d_real, torch.ones_like(d_real))
    fake_loss = F.binary_cross_entropy(d_fake, torch.zeros_like(d_fake))""",
          """    real_loss = F.mse_loss(d_real, torch.ones_like(d_real))
    fake_loss = F.mse_loss(d_fake, torch.zeros_like(d_fake))""")]
