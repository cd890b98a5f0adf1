"""Small G and D of the kit's own that the train_step checks use, so a bug in the student's G or D
cannot hide (or cause) a train_step failure. They follow the contract: G(z) -> (N, *img_shape),
D(img) -> (N, 1) probabilities."""
import math

from torch import nn

from gankit.checks.tensors import set_weights


def _mlp(sizes, act, last):
    """Linear layers of the given sizes with `act` between them and `last` at the end."""
    layers = []
    for fan_in, fan_out in zip(sizes, sizes[1:]):
        layers += [nn.Linear(fan_in, fan_out), act()]
    layers[-1] = last()
    return nn.Sequential(*layers)


class ToyG(nn.Module):
    """z (N, latent_dim) -> Linear, ReLU, ..., Linear, `out` -> (N, *img_shape)."""

    def __init__(self, latent_dim, hidden, img_shape, out=nn.Tanh):
        super().__init__()
        self.img_shape = tuple(img_shape)
        self.model = _mlp([latent_dim, *hidden, math.prod(self.img_shape)], nn.ReLU, out)

    def forward(self, z):
        return self.model(z).view(z.size(0), *self.img_shape)  # (N, *img_shape)


class ToyD(nn.Module):
    """img (N, *img_shape) -> Linear, LeakyReLU(0.2), ..., Linear, Sigmoid -> (N, 1)."""

    def __init__(self, hidden, img_shape):
        super().__init__()
        self.model = _mlp([math.prod(img_shape), *hidden, 1], lambda: nn.LeakyReLU(0.2), nn.Sigmoid)

    def forward(self, img):
        return self.model(img.view(img.size(0), -1))  # (N, 1)


def toy_pair(latent_dim, hidden, img_shape, seed, g_out=nn.Tanh):
    """A ToyG and ToyD with seeded weights: identical for the student's run and the reference's."""
    G = ToyG(latent_dim, hidden, img_shape, g_out)
    D = ToyD(hidden, img_shape)
    set_weights([m for m in G.modules() if isinstance(m, nn.Linear)], seed)
    set_weights([m for m in D.modules() if isinstance(m, nn.Linear)], seed + 1)
    return G, D
