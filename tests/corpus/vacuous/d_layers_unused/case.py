"""D builds the lecture's layers but forward never runs them: every image gets probability 0.5."""
VACUOUS_FOR = ("discriminator.layers", "discriminator.activations", "discriminator.output", "discriminator.function")
EXPECT = {"discriminator.layers": "d.layer_count", "discriminator.activations": "mlp.acts_need_layers",
          "discriminator.output": "mlp.output_constant", "discriminator.function": "mlp.function_needs_layers"}
EDITS = [("discriminator.py", "        return self.model(flat)  # (N, 1)\n",
          "        return torch.full((img.size(0), 1), 0.5)  # made up: the layers never run\n")]
