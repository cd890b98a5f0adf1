"""D ends with its last Linear: scores, not probabilities."""
FAILS, MESSAGE = "discriminator.activations", "d.last_act"
EDITS = [("discriminator.py", "            nn.Sigmoid(),  # a probability, as nn.BCELoss expects\n", "")]
ALSO = {"discriminator.output": "d.out_range"}
