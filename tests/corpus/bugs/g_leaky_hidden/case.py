"""G uses LeakyReLU after its first layer, where the lecture uses ReLU."""
FAILS, MESSAGE = "generator.activations", "g.hidden_act"
EDITS = [("generator.py", "nn.Linear(latent_dim, 256),\n            nn.ReLU(),",
          "nn.Linear(latent_dim, 256),\n            nn.LeakyReLU(0.2),")]
