"""Shuffled mini-batches from in-memory tensors, drawn exactly as DataLoader(shuffle=True) draws them."""
import torch


def epoch_seed() -> int:
    """Draw one epoch's shuffling seed from the global RNG, consuming it as DataLoader does.

    Iterating a DataLoader first draws a base seed for its workers (one int64), then its
    RandomSampler draws the seed of its permutation (a second int64). Drawing the same two
    numbers keeps the noise z of every later step identical to the lecture loop's.
    """
    torch.empty((), dtype=torch.int64).random_()  # DataLoader's worker base seed, unused here
    return int(torch.empty((), dtype=torch.int64).random_().item())


def batch_order(n: int, seed: int) -> torch.Tensor:
    """The permutation of range(n) that RandomSampler yields for this seed."""
    generator = torch.Generator()
    generator.manual_seed(seed)
    return torch.randperm(n, generator=generator)


class ShuffledBatches:
    """One epoch of batches of `images`, in the order of `batch_order(len(images), seed)`.

    The last batch is smaller when batch_size does not divide N (drop_last=False, as in the lab).
    Batches are gathered into a reused buffer: each is valid until the next one is drawn.
    """

    def __init__(self, images: torch.Tensor, batch_size: int, seed: int, start: int = 0):
        self.images = images  # (N, C, H, W), on the training device
        self.batch_size = batch_size
        self.order = batch_order(len(images), seed).to(images.device)
        self.start = start  # first batch index to yield (resuming mid-epoch)
        self._buffer = images.new_empty((batch_size, *images.shape[1:]))

    def __len__(self) -> int:
        return -(-len(self.images) // self.batch_size)

    def __iter__(self):
        for index in range(self.start, len(self)):
            rows = self.order[index * self.batch_size: (index + 1) * self.batch_size]
            out = self._buffer[: len(rows)]
            torch.index_select(self.images, 0, rows, out=out)  # (B, C, H, W)
            yield index, out
