'''nn.Flatten / nn.Unflatten inside nn.Sequential; the layer list built in a loop.'''
FILES = {
    "generator.py": """
import numpy as np
from torch import nn


class Generator(nn.Module):
    def __init__(self, latent_dim=100, img_shape=(1, 28, 28)):
        super().__init__()
        layers = []
        for fan_in, fan_out in [(latent_dim, 256), (256, 512), (512, 1024)]:
            layers += [nn.Linear(fan_in, fan_out), nn.ReLU(inplace=True)]
        layers += [nn.Linear(1024, int(np.prod(img_shape))), nn.Tanh(), nn.Unflatten(1, tuple(img_shape))]
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z)
""",
    "discriminator.py": """
import numpy as np
from torch import nn


class Discriminator(nn.Module):
    def __init__(self, img_shape=(1, 28, 28)):
        super().__init__()
        self.net = nn.Sequential(
            nn.Flatten(),
            nn.Linear(int(np.prod(img_shape)), 1024), nn.LeakyReLU(0.2, inplace=True),
            nn.Linear(1024, 512), nn.LeakyReLU(0.2, inplace=True),
            nn.Linear(512, 256), nn.LeakyReLU(0.2, inplace=True),
            nn.Linear(256, 1), nn.Sigmoid(),
        )

    def forward(self, img):
        return self.net(img)
""",
}
