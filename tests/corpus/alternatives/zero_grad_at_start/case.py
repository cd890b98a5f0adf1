'''Both optimizers zeroed at the top of the step; losses returned as a list.'''
EDITS = [
    ("train_step.py", "    fake_imgs = generator(z)  # (N, C, H, W)\n",
     "    opt_d.zero_grad()\n    opt_g.zero_grad()\n    fake_imgs = generator(z)  # (N, C, H, W)\n"),
    ("train_step.py", "    opt_g.zero_grad()\n    g_loss", "    g_loss"),
    ("train_step.py", "return d_loss.item(), g_loss.item()", "return [d_loss.item(), g_loss.item()]"),
]
