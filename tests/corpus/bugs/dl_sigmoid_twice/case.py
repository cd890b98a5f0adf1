"""d_loss with the with-logits BCE on D's probabilities: the sigmoid is applied twice."""
FAILS, MESSAGE = "losses.discriminator", "dl.sigmoid_twice"
EDITS = [("train_step.py", """    real_loss = F.binary_cross_entropy(d_real, torch.ones_like(d_real))
    fake_loss = F.binary_cross_entropy(d_fake, torch.zeros_like(d_fake))""",
          """    real_loss = F.binary_cross_entropy_with_logits(d_real, torch.ones_like(d_real))
    fake_loss = F.binary_cross_entropy_with_logits(d_fake, torch.zeros_like(d_fake))""")]
