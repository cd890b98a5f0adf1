"""The kit's speed-ups change nothing but speed: D-freezing is checked per submission, threads are measured."""
import shutil

import torch

from gankit.paths import SOLUTION_DIR
from gankit.training import freeze_d, hardware
from gankit.training.contract import load_contract


def trial(folder=None):
    contract = load_contract(folder)
    torch.manual_seed(0)
    G, D = contract.Generator(100), contract.Discriminator()
    opt_g = torch.optim.Adam(G.parameters(), lr=2e-4, betas=(0.5, 0.999))
    opt_d = torch.optim.Adam(D.parameters(), lr=2e-4, betas=(0.5, 0.999))
    return contract.train_step, G, D, opt_g, opt_d, torch.rand(16, 1, 28, 28) * 2 - 1, torch.randn(16, 100)


def test_freezing_d_during_g_step_is_exact_for_the_solution():
    assert freeze_d.is_exact(*trial())


def test_freezing_d_is_refused_when_train_step_forgets_d_zero_grad(tmp_path):
    for source in SOLUTION_DIR.glob("*.py"):
        shutil.copy(source, tmp_path / source.name)
    step = tmp_path / "train_step.py"
    text = step.read_text()
    assert "    opt_d.zero_grad()\n" in text
    step.write_text(text.replace("    opt_d.zero_grad()\n", ""))  # D's grads now carry G's loss over
    assert not freeze_d.is_exact(*trial(tmp_path))


def test_thread_count_is_the_fastest_measured(monkeypatch):
    monkeypatch.setattr(hardware, "cpu_count", lambda: 2)
    before = torch.get_num_threads()
    try:
        timings = {1: 0.5, 2: 0.2}
        assert hardware.pick_threads(0, lambda: timings[torch.get_num_threads()]) == 2
        timings = {1: 0.2, 2: 0.9}  # a busy second core: one thread wins
        assert hardware.pick_threads(0, lambda: timings[torch.get_num_threads()]) == 1
        assert hardware.pick_threads(3, lambda: 1 / 0) == 3 and torch.get_num_threads() == 3
    finally:
        torch.set_num_threads(before)
