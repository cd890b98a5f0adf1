'''Both losses written out with torch.log, as in the paper's value function.'''
EDITS = [
    ("train_step.py", """    real_loss = F.binary_cross_entropy(d_real, torch.ones_like(d_real))
    fake_loss = F.binary_cross_entropy(d_fake, torch.zeros_like(d_fake))
    return real_loss + fake_loss""", """    return -(torch.log(d_real).mean() + torch.log(1 - d_fake).mean())"""),
    ("train_step.py", "    return F.binary_cross_entropy(d_fake, torch.ones_like(d_fake))",
     "    return -torch.log(d_fake).mean()"),
]
