"""Memorisation check: how far each image is from its nearest training image (L2, pixels in [0, 1])."""
import torch

CHUNK = 500  # query images per block: CHUNK x 60,000 x 4 bytes = 120 MB


def nearest(queries: torch.Tensor, train: torch.Tensor, train_sq: torch.Tensor = None):
    """(distances (M,), indices (M,)) of each query's nearest training image.

    Args:
        queries: (M, D) images, pixels in [0, 1].
        train: (N, D) training images, pixels in [0, 1].
        train_sq: (N,) squared norms of train, if already computed (they cost a pass over 60,000 images).
    """
    t_sq = (train ** 2).sum(1) if train_sq is None else train_sq  # (N,)
    dists, index = [], []
    for block in queries.split(CHUNK):
        d_sq = (block ** 2).sum(1)[:, None] + t_sq[None, :] - 2 * block @ train.T  # (B, N)
        best, where = d_sq.min(1)
        dists.append(best.clamp(min=0).sqrt())
        index.append(where)
    return torch.cat(dists), torch.cat(index)


def summary(distances: torch.Tensor) -> dict:
    """{"median", "p5", "min"} of nearest-neighbour distances."""
    q = torch.quantile(distances.double(), torch.tensor([0.5, 0.05], dtype=torch.float64))
    return {"median": float(q[0]), "p5": float(q[1]), "min": float(distances.min())}
