"""Generator G of the week-1 MLP GAN: noise z -> image (Goodfellow et al. 2014, §3)."""
import math

import torch
from torch import nn


class Generator(nn.Module):
    """G(z): a multilayer perceptron from latent noise to an image in [-1, 1].

    Layers, in order:
        Linear(latent_dim, 256), ReLU,
        Linear(256, 512), ReLU,
        Linear(512, 1024), ReLU,
        Linear(1024, C*H*W), Tanh

    Args:
        latent_dim: length of the noise vector z (the lecture uses 100).
        img_shape: (C, H, W) of one generated image (MNIST: (1, 28, 28)).
    """

    def __init__(self, latent_dim: int = 100, img_shape: tuple = (1, 28, 28)):
        super().__init__()
        self.latent_dim = latent_dim
        self.img_shape = tuple(img_shape)
        # TODO(1) [ko] 위 docstring의 층을 순서대로 만드세요: Linear 4개, 사이에 ReLU, 마지막에 Tanh.
        #         [en] Build the layers listed in the docstring: 4 Linear, ReLU between them, Tanh last.
        # TODO(2) [ko] 마지막 Linear의 출력 크기는 C*H*W 입니다 (MNIST: 784). 힌트: math.prod(img_shape)
        #         [en] The last Linear outputs C*H*W values (MNIST: 784). Hint: math.prod(img_shape)
        # 힌트 / hint: nn.Sequential(nn.Linear(latent_dim, 256), nn.ReLU(), ...)
        raise NotImplementedError("Generator.__init__: 위의 TODO를 채우세요 / fill in the TODO above")

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        """Map noise to images.

        Args:
            z: (N, latent_dim) noise, one row per image.
        Returns:
            (N, C, H, W) images with values in [-1, 1].
        """
        # TODO(3) [ko] z를 층에 통과시킨 뒤 (N, C*H*W)를 (N, C, H, W)로 바꾸세요.
        #         [en] Pass z through the layers, then reshape (N, C*H*W) to (N, C, H, W).
        # 힌트 / hint: x.view(z.size(0), *self.img_shape)
        raise NotImplementedError("Generator.forward: 위의 TODO를 채우세요 / fill in the TODO above")
