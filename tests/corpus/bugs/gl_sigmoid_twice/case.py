"""g_loss with nn.BCEWithLogitsLoss on D's probabilities: the sigmoid is applied twice."""
FAILS, MESSAGE = "losses.generator", "gl.sigmoid_twice"
EDITS = [("train_step.py", "    return F.binary_cross_entropy(d_fake, torch.ones_like(d_fake))",
          "    return torch.nn.BCEWithLogitsLoss()(d_fake, torch.ones_like(d_fake))")]
