"""G's first Linear has no bias: the right sizes, the wrong parameter count."""
FAILS, MESSAGE = "generator.layers", "mlp.param_count"
EDITS = [("generator.py", "            nn.Linear(latent_dim, 256),\n", "            nn.Linear(latent_dim, 256, bias=False),\n")]
