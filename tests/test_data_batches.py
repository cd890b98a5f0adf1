"""gankit.data.batches: the kit's in-memory batches are the lecture DataLoader's batches, in the same order."""
import torch

from gankit.data.batches import ShuffledBatches, epoch_seed

N, BATCH, LATENT, EPOCHS = 200, 64, 3, 2  # 200 = 3 full batches + a short one, as 60,000 = 937 x 64 + 32


def test_batches_and_noise_match_dataloader_shuffle_under_the_same_seed():
    images = torch.randn(N, 1, 2, 2)
    torch.manual_seed(7)
    loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(images), batch_size=BATCH, shuffle=True)
    lecture = [(b.clone(), torch.randn(len(b), LATENT)) for _ in range(EPOCHS) for (b,) in loader]
    torch.manual_seed(7)
    kit = [(b.clone(), torch.randn(len(b), LATENT))
           for _ in range(EPOCHS) for _, b in ShuffledBatches(images, BATCH, epoch_seed())]
    assert len(kit) == len(lecture) == EPOCHS * 4
    for (kit_x, kit_z), (lecture_x, lecture_z) in zip(kit, lecture):
        assert torch.equal(kit_x, lecture_x), "kit batch differs from DataLoader's"
        assert torch.equal(kit_z, lecture_z), "noise z drifted: the RNG was consumed differently"


def test_resuming_mid_epoch_yields_the_remaining_batches():
    images = torch.arange(N, dtype=torch.float32).view(N, 1, 1, 1)
    whole = [b.clone() for _, b in ShuffledBatches(images, BATCH, seed=5)]
    rest = [(i, b.clone()) for i, b in ShuffledBatches(images, BATCH, seed=5, start=2)]
    assert [i for i, _ in rest] == [2, 3]
    assert all(torch.equal(a, b) for a, (_, b) in zip(whole[2:], rest))
    assert sorted(torch.cat(whole).flatten().tolist()) == list(range(N))
