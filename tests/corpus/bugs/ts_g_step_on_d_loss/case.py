"""G's update descends d_loss instead of g_loss: G helps D, the trajectory and the ring fail."""
FAILS, MESSAGE = "step.direction", "step.g_direction"
EDITS = [("train_step.py", "    g_loss.backward()\n", "    discriminator_loss(discriminator(real_imgs), discriminator(fake_imgs)).backward()\n")]
