"""G hard-codes 100 and 784 instead of using latent_dim and img_shape."""
FAILS, MESSAGE = "generator.layers", "g.ignores_args"
EDITS = [("generator.py", "            nn.Linear(latent_dim, 256),\n", "            nn.Linear(100, 256),\n"),
         ("generator.py", "nn.Linear(1024, math.prod(self.img_shape))", "nn.Linear(1024, 784)")]
