"""train_step returns d_loss recomputed after D's update instead of the d_loss it back-propagated."""
FAILS, MESSAGE = "step.returns", "step.return_other"
EDITS = [("train_step.py", "    return d_loss.item(), g_loss.item()\n",
          "    with torch.no_grad():\n"
          "        d_loss = discriminator_loss(discriminator(real_imgs), discriminator(fake_imgs))\n"
          "    return d_loss.item(), g_loss.item()\n")]
