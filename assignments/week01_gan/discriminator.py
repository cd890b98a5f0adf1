"""Discriminator D of the week-1 MLP GAN: image -> probability that it is real."""
import math

import torch
from torch import nn


class Discriminator(nn.Module):
    """D(x): a multilayer perceptron from an image to P(x is real).

    Layers, in order:
        Linear(C*H*W, 1024), LeakyReLU(0.2),
        Linear(1024, 512), LeakyReLU(0.2),
        Linear(512, 256), LeakyReLU(0.2),
        Linear(256, 1), Sigmoid

    Args:
        img_shape: (C, H, W) of one input image (MNIST: (1, 28, 28)).
    """

    def __init__(self, img_shape: tuple = (1, 28, 28)):
        super().__init__()
        self.img_shape = tuple(img_shape)
        # TODO(1) [ko] 위 docstring의 층을 순서대로 만드세요: Linear 4개, 사이에 LeakyReLU(0.2), 마지막에 Sigmoid.
        #         [en] Build the layers listed in the docstring: 4 Linear, LeakyReLU(0.2) between, Sigmoid last.
        # TODO(2) [ko] 첫 Linear의 입력 크기는 C*H*W 입니다 (MNIST: 784). 힌트: math.prod(img_shape)
        #         [en] The first Linear takes C*H*W inputs (MNIST: 784). Hint: math.prod(img_shape)
        # 힌트 / hint: nn.LeakyReLU(0.2) -- 기본 기울기 0.01이 아닙니다 / not the default slope 0.01
        raise NotImplementedError("Discriminator.__init__: 위의 TODO를 채우세요 / fill in the TODO above")

    def forward(self, img: torch.Tensor) -> torch.Tensor:
        """Score images.

        Args:
            img: (N, C, H, W) images with values in [-1, 1].
        Returns:
            (N, 1) probabilities in (0, 1) that each image is real.
        """
        # TODO(3) [ko] 이미지를 (N, C*H*W)로 펼친 뒤 층에 통과시키세요.
        #         [en] Flatten the images to (N, C*H*W), then pass them through the layers.
        # 힌트 / hint: img.view(img.size(0), -1)
        raise NotImplementedError("Discriminator.forward: 위의 TODO를 채우세요 / fill in the TODO above")
