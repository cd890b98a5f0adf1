"""gankit train: a tiny run writes every artefact, is deterministic, resumes exactly, and keeps the lab's semantics."""
import json

import pytest
import torch
from conftest import MNIST_ARGS, MNIST_DATA, mnist_arrays

from gankit.cli import main
from gankit.data.mnist import to_unit_range
from gankit.errors import UserError
from gankit.paths import SKELETON_DIR
from gankit.runs import checkpoint
from gankit.runs.config import TrainConfig
from gankit.training.contract import load_contract
from gankit.training.loop import make_adam, train

# 192 images = 3 steps of 64 per epoch: a few seconds for 2 epochs on 2 CPU cores.
TINY = dict(limit=192, epochs=2, threads=1, data=MNIST_DATA, log_every=1)



def run(tmp_path, name, resume=False, **overrides) -> dict:
    return train(TrainConfig(**{**TINY, **overrides}), tmp_path / name, resume=resume, say=lambda *_: None)


def weights(run_dir):
    return torch.load(run_dir / checkpoint.GENERATOR_WEIGHTS, weights_only=True)


def same_weights(a, b) -> bool:
    return all(torch.equal(a[k], b[k]) for k in a)


@pytest.fixture(scope="module")
def straight(tmp_path_factory):
    """(log, folder) of one uninterrupted tiny run, shared by the tests below."""
    folder = tmp_path_factory.mktemp("straight")
    return run(folder, "run"), folder / "run"


def test_tiny_run_writes_grids_curves_log_and_checkpoint(straight):
    log, out = straight
    for name in ("config.json", "train_log.json", "checkpoint.pt", "generator.pt", "samples.png", "losses.png",
                 "samples/epoch_01.png", "samples/epoch_02.png"):
        assert (out / name).is_file(), f"{name} was not written"
    saved = json.loads((out / "train_log.json").read_text())
    assert saved["finished"] and log["steps_per_epoch"] == 3 and len(saved["epochs"]) == 2
    assert all(len(v) == 6 for v in saved["steps"].values()), "one record per step"
    first = saved["epochs"][0]
    assert 0 < first["d_x"] < 1 and 0 < first["d_g_z1"] < 1, "D(x) and D(G(z)) are probabilities"


def test_same_seed_gives_the_same_run_and_another_seed_does_not(tmp_path, straight):
    a, b, c = straight[0], run(tmp_path, "b"), run(tmp_path, "c", seed=1, epochs=1)
    assert a["steps"] == b["steps"] and same_weights(weights(straight[1]), weights(tmp_path / "b"))
    assert a["steps"]["g_loss"][:3] != c["steps"]["g_loss"]


def test_interrupted_run_resumes_to_the_uninterrupted_result(tmp_path, straight):
    run(tmp_path, "resumed", max_steps=4)  # stops mid-epoch 2, after 4 of 6 steps
    resumed = run(tmp_path, "resumed", resume=True)
    assert resumed["steps"] == straight[0]["steps"]
    assert same_weights(weights(straight[1]), weights(tmp_path / "resumed"))


def test_kit_loop_is_the_lecture_loop_bit_for_bit(tmp_path):
    """The lab's loop (DataLoader, shuffle, fresh z, Adam) gives the kit's weights exactly (unfused Adam)."""
    run(tmp_path, "kit", fused_adam=False, epochs=1)
    contract = load_contract()
    images = to_unit_range(mnist_arrays().train_images[: TINY["limit"]])
    torch.manual_seed(0)
    G, D = contract.Generator(100), contract.Discriminator()
    opt_g = torch.optim.Adam(G.parameters(), lr=2e-4, betas=(0.5, 0.999))
    opt_d = torch.optim.Adam(D.parameters(), lr=2e-4, betas=(0.5, 0.999))
    loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(images), batch_size=64, shuffle=True)
    threads = torch.get_num_threads()
    torch.set_num_threads(TINY["threads"])  # the kit ran on one thread: another count sums matmuls in another order
    try:
        for (real_imgs,) in loader:
            contract.train_step(G, D, real_imgs, torch.randn(real_imgs.size(0), 100), opt_g, opt_d)
    finally:
        torch.set_num_threads(threads)
    assert same_weights(weights(tmp_path / "kit"), G.state_dict())


def test_an_unfinished_submission_is_one_clear_line(tmp_path):
    with pytest.raises(UserError, match="not implemented yet") as err:
        run(tmp_path, "stub", submission=str(SKELETON_DIR))
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("argv, message", [
    (["--epochs", "0"], "--epochs must be positive"),
    (["--beta1", "1.5"], "0 <= beta < 1"),
    (["--resume"], "nothing to resume|cannot read"),
    (["--submission", "/no/such/folder"], "submission folder not found"),
])
def test_bad_flags_are_one_line_errors(tmp_path, capsys, argv, message):
    assert main(["train", "--out", str(tmp_path / "run"), *MNIST_ARGS, *argv]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("gankit train: error:") and "\n" not in err
    assert any(m in err for m in message.split("|")), err


def test_cli_resume_continues_past_the_earlier_stop_point(tmp_path, capsys):
    out = str(tmp_path / "run")
    common = ["train", "--out", out, *MNIST_ARGS, "--limit", "128", "--threads", "1"]
    assert main([*common, "--epochs", "1", "--max-steps", "1"]) == 0
    assert main(["train", "--out", out, "--resume"]) == 0
    log = json.loads((tmp_path / "run" / "train_log.json").read_text())
    assert log["finished"] and len(log["steps"]["d_loss"]) == 2


def test_without_fused_adam_the_plain_one_gets_every_parameter(monkeypatch):
    """torch 2.0 has no fused Adam on the CPU: the fallback must still get G.parameters() (a generator)."""
    plain = torch.optim.Adam

    def no_fused(params, **options):
        if options.pop("fused", False):
            list(params)  # torch reads the parameters before it refuses
            raise RuntimeError("`fused=True` requires all the params to be CUDA, floating point Tensor")
        return plain(params, **options)

    monkeypatch.setattr(torch.optim, "Adam", no_fused)
    net = torch.nn.Linear(3, 2)
    opt = make_adam(net.parameters(), TrainConfig(), torch.device("cpu"))
    assert [p for group in opt.param_groups for p in group["params"]] == list(net.parameters())
