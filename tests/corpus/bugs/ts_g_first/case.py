"""G is updated before D: the order of the lecture's loop is reversed."""
FAILS, MESSAGE = "step.optimizers", "step.order"
EDITS = [("train_step.py", """    # (1) update D: maximise log D(x) + log(1 - D(G(z)))
    opt_d.zero_grad()
    d_real = discriminator(real_imgs)  # (N, 1)
    d_fake = discriminator(fake_imgs.detach())  # (N, 1); detach: D's step must not send gradients into G
    d_loss = discriminator_loss(d_real, d_fake)
    d_loss.backward()
    opt_d.step()

    # (2) update G: maximise log D(G(z)) through the just-updated D
    opt_g.zero_grad()
    g_loss = generator_loss(discriminator(fake_imgs))
    g_loss.backward()
    opt_g.step()
""", """    opt_g.zero_grad()
    g_loss = generator_loss(discriminator(fake_imgs))
    g_loss.backward()
    opt_g.step()

    opt_d.zero_grad()
    d_loss = discriminator_loss(discriminator(real_imgs), discriminator(fake_imgs.detach()))
    d_loss.backward()
    opt_d.step()
""")]
