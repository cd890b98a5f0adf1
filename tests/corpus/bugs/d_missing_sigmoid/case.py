"""D ends with its last Linear: scores, not probabilities."""
FAILS, MESSAGE = "discriminator.activations", "d.last_act"
EDITS = [("discriminator.py", "            nn.Sigmoid(),  # a probability, as nn.BCELoss expects\n", "")]
