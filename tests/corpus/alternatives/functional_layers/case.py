'''G and D as separate attributes with functional activations, reshape and torch.tanh/sigmoid.'''
FILES = {
    "generator.py": """
import math

import torch
import torch.nn.functional as F
from torch import nn


class Generator(nn.Module):
    def __init__(self, latent_dim=100, img_shape=(1, 28, 28)):
        super().__init__()
        self.img_shape = img_shape
        self.fc1 = nn.Linear(latent_dim, 256)
        self.fc2 = nn.Linear(256, 512)
        self.fc3 = nn.Linear(512, 1024)
        self.out = nn.Linear(1024, math.prod(img_shape))

    def forward(self, z):
        h = F.relu(self.fc1(z))
        h = F.relu(self.fc2(h))
        h = F.relu(self.fc3(h))
        return torch.tanh(self.out(h)).reshape(-1, *self.img_shape)
""",
    "discriminator.py": """
import math

import torch
import torch.nn.functional as F
from torch import nn


class Discriminator(nn.Module):
    def __init__(self, img_shape=(1, 28, 28)):
        super().__init__()
        self.out = nn.Linear(256, 1)  # registered first on purpose: weights are matched by call order
        self.fc1 = nn.Linear(math.prod(img_shape), 1024)
        self.fc2 = nn.Linear(1024, 512)
        self.fc3 = nn.Linear(512, 256)

    def forward(self, img):
        h = torch.flatten(img, start_dim=1)
        h = F.leaky_relu(self.fc1(h), 0.2)
        h = F.leaky_relu(self.fc2(h), negative_slope=0.2)
        h = F.leaky_relu(self.fc3(h), 0.2)
        return torch.sigmoid(self.out(h))
""",
}
