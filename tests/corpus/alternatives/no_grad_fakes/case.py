'''D's fakes made under torch.no_grad(); G's step runs G(z) again; model.zero_grad(); float().'''
EDITS = [
    ("train_step.py", """    fake_imgs = generator(z)  # (N, C, H, W)
""", """    with torch.no_grad():
        fake_for_d = generator(z)
"""),
    ("train_step.py", "    opt_d.zero_grad()\n", "    discriminator.zero_grad()\n"),
    ("train_step.py", "discriminator(fake_imgs.detach())", "discriminator(fake_for_d)"),
    ("train_step.py", "    opt_g.zero_grad()\n", "    generator.zero_grad()\n"),
    ("train_step.py", "generator_loss(discriminator(fake_imgs))", "generator_loss(discriminator(generator(z)))"),
    ("train_step.py", "return d_loss.item(), g_loss.item()", "return float(d_loss), float(g_loss)"),
]
