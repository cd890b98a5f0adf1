"""G's loss reuses D's output from before D's update: autograd refuses (in-place modification)."""
FAILS, MESSAGE, HINT = "step.trajectory", "error.exception", "inplace"
EDITS = [("train_step.py", "    d_loss.backward()\n    opt_d.step()\n",
          "    d_on_fake = discriminator(fake_imgs)\n    d_loss.backward()\n    opt_d.step()\n"),
         ("train_step.py", "g_loss = generator_loss(discriminator(fake_imgs))", "g_loss = generator_loss(d_on_fake)")]
