"""g_loss is the saturating log(1 - D(G(z))) of the minimax game, not the paper's -log D(G(z))."""
FAILS, MESSAGE = "losses.generator", "gl.saturating"
EDITS = [("train_step.py", "return F.binary_cross_entropy(d_fake, torch.ones_like(d_fake))",
          "return torch.log(1 - d_fake).mean()")]
