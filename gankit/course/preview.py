"""The notebook's training preview: a few hundred lecture steps on MNIST, samples and losses shown inline.

Not graded, so nbgrader skips it (it sets $NBGRADER_EXECUTION while autograding and validating).
The figure is drawn without pyplot and shown as a PNG, so no GUI backend can block (the lecture
code's plt.show() did).
"""
import io
import os

import torch

STEPS = 300  # enough for G's samples to leave pure noise and show stroke-like blobs
BATCH = 64  # the lecture's batch size
LR = 2e-4  # the lecture's Adam learning rate (default betas, as in the lecture)
LATENT = 100  # the lecture's latent size
SEED = 0
# One thread: on a shared machine (a JupyterHub, a busy laptop) torch's default of one thread per core
# ran 7x slower than one thread (1.4 s vs 0.19 s a step, 2 cores at load 6; docs/course.md).
THREADS = 1
SECONDS = 20  # 300 steps at 0.058 s of CPU each on one core of this 2-core machine
REPORT_EVERY = 50  # print the losses this often
GRID = 4  # a GRID x GRID sheet of samples

SKIPPED = "미리보기는 채점 중에 건너뜁니다 / preview skipped while grading"


def _mnist_images():
    """(N, 1, 28, 28) MNIST training images in [-1, 1], from the kit's loader (full set or bundled subset)."""
    from gankit.data.mnist import load_mnist, to_unit_range

    return to_unit_range(load_mnist().split("train")[0])


def train_preview(Generator, Discriminator, train_step, steps=STEPS, images=None, show=True):
    """Train G and D with the student's train_step; print the losses, show samples; return the losses."""
    if os.environ.get("NBGRADER_EXECUTION"):
        print(SKIPPED)
        return None
    torch.manual_seed(SEED)
    images = _mnist_images() if images is None else images  # (N, 1, 28, 28)
    G, D = Generator(), Discriminator()
    opt_g = torch.optim.Adam(G.parameters(), lr=LR)
    opt_d = torch.optim.Adam(D.parameters(), lr=LR)
    losses, threads = [], torch.get_num_threads()
    torch.set_num_threads(THREADS)
    try:
        for step in range(1, steps + 1):
            real_imgs = images[torch.randint(0, len(images), (BATCH,))]  # (BATCH, 1, 28, 28)
            z = torch.randn(BATCH, LATENT)  # (BATCH, LATENT)
            losses.append(train_step(G, D, real_imgs, z, opt_g, opt_d))
            if step % REPORT_EVERY == 0 or step == steps:
                print(f"step {step:4d}  d_loss {losses[-1][0]:.3f}  g_loss {losses[-1][1]:.3f}")
    finally:
        torch.set_num_threads(threads)
    if show:
        _show(_figure_png(G, losses))
    return losses


def _figure_png(G, losses) -> bytes:
    """Samples of G (left) and the two loss curves (right), as PNG bytes."""
    from matplotlib.figure import Figure

    with torch.no_grad():
        samples = G(torch.randn(GRID * GRID, LATENT)).view(GRID, GRID, 28, 28)  # (GRID, GRID, 28, 28)
    sheet = samples.permute(0, 2, 1, 3).reshape(GRID * 28, GRID * 28)  # (GRID*28, GRID*28)
    fig = Figure(figsize=(9, 4))
    ax_img, ax_loss = fig.subplots(1, 2)
    ax_img.imshow(sheet.numpy(), cmap="gray", vmin=-1, vmax=1)
    ax_img.set_title(f"G(z) after {len(losses)} steps")
    ax_img.axis("off")
    d_losses, g_losses = zip(*losses)
    ax_loss.plot(d_losses, label="d_loss")
    ax_loss.plot(g_losses, label="g_loss")
    ax_loss.set_xlabel("step")
    ax_loss.legend()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=80)
    return buffer.getvalue()


def _show(png: bytes):
    from IPython.display import Image, display

    display(Image(data=png))
