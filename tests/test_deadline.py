"""The probe time limit gives the same outcome on every OS: SIGALRM where Unix allows it, the
portable watchdog elsewhere (Windows), tested here with SIGALRM deliberately unused."""
import dataclasses
import signal
import subprocess
import sys

import pytest

from gankit.checks import BY_ID, Submission, judge, probe
from gankit.checks import deadline

LIMIT = 1.0  # seconds: short, the looping code below never finishes anyway
ENDLESS_G = '''
import torch.nn as nn


class Generator(nn.Module):
    def __init__(self, latent_dim=100, img_shape=(1, 28, 28)):
        super().__init__()
        steps = 0
        while True:  # an endless loop
            steps += 1
'''


@pytest.fixture
def endless(tmp_path):
    (tmp_path / "generator.py").write_text(ENDLESS_G, encoding="utf-8")
    return Submission(tmp_path), dataclasses.replace(BY_ID["generator.layers"], seconds=LIMIT)


def _feedback(sub, check):
    record = probe(check, sub)
    return record["error"], judge(check, record, {}).failure.render("en")


def test_the_portable_timer_stops_an_endless_loop_without_sigalrm(endless, monkeypatch):
    def no_alarm(*args):
        raise AssertionError("SIGALRM used although the portable timer was forced")

    monkeypatch.setenv(deadline.PORTABLE_ENV, "1")
    monkeypatch.setattr(deadline.signal, "setitimer", no_alarm)
    monkeypatch.setattr(deadline.signal, "signal", no_alarm)
    error, text = _feedback(*endless)
    assert error == {"kind": "timeout", "seconds": int(LIMIT)}
    assert f"still running after {int(LIMIT)} s (stopped)" in text


@pytest.mark.skipif(not hasattr(signal, "SIGALRM"), reason="SIGALRM is Unix only")
def test_both_timers_give_the_same_feedback(endless, monkeypatch):
    monkeypatch.delenv(deadline.PORTABLE_ENV, raising=False)
    with_alarm = _feedback(*endless)
    monkeypatch.setenv(deadline.PORTABLE_ENV, "1")
    assert _feedback(*endless) == with_alarm


def test_a_probe_finishing_in_time_leaves_no_exception_behind():
    for _ in range(3):
        with deadline.time_limit(0.05, portable=True):
            pass
    with deadline.time_limit(5, portable=True):
        sum(range(1000))


HARD_STOP_LINE = ("generator.layers: 0.5초가 지나도 끝나지 않아 중단함 (코드가 한 연산 안에서 멈춰 자가 점검을 끝냅니다) / "
                  "generator.layers: still running after 0.5 s (stopped; the code is stuck inside one call, "
                  "so the self-check ends here)")
STUCK = {  # code the exception cannot stop: it ignores every one, or (watchdog only) it sits inside one C call
    "swallows": "n = 0\n    while True:\n        try:\n            while True:\n                n += 1\n"
                "        except BaseException:\n            pass\n",
    "sleeps": "time.sleep(60)\n",
}


@pytest.mark.parametrize("code, portable", [("swallows", True), ("swallows", False), ("sleeps", True)],
                         ids=["swallows-watchdog", "swallows-sigalrm", "sleeps-watchdog"])
def test_code_the_timer_cannot_stop_ends_the_process_with_one_line(code, portable):
    if not portable and not hasattr(signal, "SIGALRM"):
        pytest.skip("SIGALRM is Unix only")  # (SIGALRM interrupts a sleep: that code it stops)
    script = ("import time\nfrom gankit.checks import deadline\ndeadline.GRACE_SECONDS = 1\n"
              f"with deadline.time_limit(0.5, 'generator.layers', portable={portable}):\n    {STUCK[code]}")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stderr.strip()) == (deadline.HARD_STOP_EXIT, HARD_STOP_LINE)
