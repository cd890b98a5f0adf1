'''nn.BCELoss() with torch.full_like labels, the fake term written first.'''
EDITS = [
    ("train_step.py", """    real_loss = F.binary_cross_entropy(d_real, torch.ones_like(d_real))
    fake_loss = F.binary_cross_entropy(d_fake, torch.zeros_like(d_fake))
    return real_loss + fake_loss""", """    bce = torch.nn.BCELoss()
    return bce(d_fake, torch.full_like(d_fake, 0.0)) + bce(d_real, torch.full_like(d_real, 1.0))"""),
    ("train_step.py", "    return F.binary_cross_entropy(d_fake, torch.ones_like(d_fake))",
     "    valid = torch.full((d_fake.size(0), 1), 1.0)\n    return torch.nn.BCELoss()(d_fake, valid)"),
]
