"""D uses ReLU after its second layer, where the lecture uses LeakyReLU(0.2)."""
FAILS, MESSAGE = "discriminator.activations", "d.hidden_act"
EDITS = [("discriminator.py", "nn.Linear(1024, 512),\n            nn.LeakyReLU(0.2),", "nn.Linear(1024, 512),\n            nn.ReLU(),")]
