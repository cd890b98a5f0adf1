"""train_step samples its own noise instead of using the given z."""
FAILS, MESSAGE = "step.uses_z", "step.new_noise"
EDITS = [("train_step.py", "fake_imgs = generator(z)", "fake_imgs = generator(torch.randn_like(z))")]
