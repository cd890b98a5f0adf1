"""D sees the real images through far too much noise (instance noise of 0.6 on data in [-1, 1]): G learns
the blurred data, reaching every mode but hitting none of them."""
FAILS, MESSAGE = "convergence.ring", "conv.quality"
EDITS = [("train_step.py", "    d_real = discriminator(real_imgs)  # (N, 1)\n",
          "    d_real = discriminator(real_imgs + 0.6 * torch.randn_like(real_imgs))  # (N, 1)\n")]
