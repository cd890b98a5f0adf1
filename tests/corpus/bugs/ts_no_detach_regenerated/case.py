"""D's step runs on a fresh G(z) without detach: G silently receives d_loss gradients."""
FAILS, MESSAGE = "step.detach", "step.detach"
EDITS = [("train_step.py", "d_fake = discriminator(fake_imgs.detach())", "d_fake = discriminator(generator(z))")]
