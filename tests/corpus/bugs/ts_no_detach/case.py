"""The lecture's loop without .detach(): d_loss.backward() frees G's graph, the G step crashes."""
FAILS, MESSAGE, HINT = "step.detach", "error.exception", "second_backward"
EDITS = [("train_step.py", "discriminator(fake_imgs.detach())", "discriminator(fake_imgs)")]
