'''One D forward on real and fake images together, split afterwards; zero_grad(set_to_none=False).'''
EDITS = [
    ("train_step.py", """    d_real = discriminator(real_imgs)  # (N, 1)
    d_fake = discriminator(fake_imgs.detach())  # (N, 1); detach: D's step must not send gradients into G
""", """    scores = discriminator(torch.cat([real_imgs, fake_imgs.detach()]))  # (2N, 1)
    d_real, d_fake = scores.split(real_imgs.size(0))
"""),
    ("train_step.py", "    opt_d.zero_grad()\n", "    opt_d.zero_grad(set_to_none=False)\n"),
    ("train_step.py", "    opt_g.zero_grad()\n", "    opt_g.zero_grad(set_to_none=False)\n"),
]
