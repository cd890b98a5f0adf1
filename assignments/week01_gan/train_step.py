"""The GAN losses and one training iteration: a D update, then a G update (the lecture's loop body)."""
import torch
import torch.nn.functional as F


def discriminator_loss(d_real: torch.Tensor, d_fake: torch.Tensor) -> torch.Tensor:
    """D's loss: d_loss = BCE(D(x), 1) + BCE(D(G(z)), 0).

    Minimising it maximises log D(x) + log(1 - D(G(z))), D's side of the value function V(D, G).
    Each BCE term is a mean over its batch; the two means are summed, as in the lecture.

    Args:
        d_real: (N, 1) D's probabilities on real images.
        d_fake: (N, 1) D's probabilities on generated images.
    Returns:
        A scalar tensor (shape ()).
    """
    # TODO(1) [ko] 진짜 이미지의 정답은 1, 가짜는 0 입니다. 두 BCE(배치 평균)를 더하세요.
    #         [en] Real images are labelled 1, fakes 0. Add the two BCE terms (each a batch mean).
    # 힌트 / hint: F.binary_cross_entropy(d_real, torch.ones_like(d_real))
    raise NotImplementedError("discriminator_loss: 위의 TODO를 채우세요 / fill in the TODO above")


def generator_loss(d_fake: torch.Tensor) -> torch.Tensor:
    """G's non-saturating loss: g_loss = BCE(D(G(z)), 1) = -mean(log D(G(z))).

    The paper (§3) trains G to maximise log D(G(z)) instead of minimising log(1 - D(G(z))):
    same fixed point, but strong gradients early on, when D rejects every fake.

    Args:
        d_fake: (N, 1) D's probabilities on generated images.
    Returns:
        A scalar tensor (shape ()).
    """
    # TODO(1) [ko] G는 D가 가짜를 진짜(1)로 믿게 만들고 싶습니다. 정답 1로 BCE를 계산하세요.
    #         [en] G wants D to call its fakes real (label 1). Compute BCE against 1.
    # 힌트 / hint: log(1 - D(G(z)))를 최소화하지 마세요 / do not minimise log(1 - D(G(z)))
    raise NotImplementedError("generator_loss: 위의 TODO를 채우세요 / fill in the TODO above")


def train_step(generator, discriminator, real_imgs, z, opt_g, opt_d):
    """One GAN iteration: (1) update D on real and fake images, (2) update G through the new D.

    Args:
        generator: G, maps (N, latent_dim) noise to (N, C, H, W) images.
        discriminator: D, maps (N, C, H, W) images to (N, 1) probabilities.
        real_imgs: (N, C, H, W) a batch of real images in [-1, 1].
        z: (N, latent_dim) the noise for this step; use it, do not sample new noise.
        opt_g: the optimizer over G's parameters.
        opt_d: the optimizer over D's parameters.
    Returns:
        (d_loss, g_loss) as Python floats.
    """
    # TODO(1) [ko] 가짜 이미지 G(z)를 한 번 만드세요: (N, C, H, W).
    #         [en] Generate the fakes G(z) once: (N, C, H, W).
    # TODO(2) [ko] (1) D 갱신: 기울기를 0으로, D(진짜)와 D(가짜.detach())로 d_loss, backward, opt_d.step().
    #         [en] (1) update D: zero grads, d_loss on D(real) and D(fake.detach()), backward, opt_d.step().
    # TODO(3) [ko] (2) G 갱신: 기울기를 0으로, 방금 갱신된 D로 D(가짜)를 다시 계산해 g_loss, backward, opt_g.step().
    #         [en] (2) update G: zero grads, g_loss on D(fake) through the just-updated D, backward, opt_g.step().
    # TODO(4) [ko] 두 손실을 파이썬 float로 반환하세요. 힌트: loss.item()
    #         [en] Return both losses as Python floats. Hint: loss.item()
    raise NotImplementedError("train_step: 위의 TODO를 채우세요 / fill in the TODO above")
