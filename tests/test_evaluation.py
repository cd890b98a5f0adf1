"""gankit evaluate: the paper's Parzen protocol and the classifier scores, checked against oracles and real data."""
import json
import math

import numpy as np
import pytest
import torch
from conftest import MNIST_DATA, mnist_arrays

from gankit.cli import main
from gankit.data.mnist import to_unit_range
from gankit.evaluation import classifier, evaluate, nearest, parzen, scores
from gankit.runs.config import TrainConfig
from gankit.training.loop import train

PARZEN_TOLERANCE = 1e-3  # nats: float32 distances against a float64 oracle, see parzen.py
FID_TOLERANCE = 1e-6  # relative: same formula, eigh instead of sqrtm, float64 throughout
# Reduced counts for tests (the paper: 10,000 samples, 1,000 validation, 10,000 test images).
# Fewer kernels lower the Parzen estimate: 2,000 real images land near 180 nats instead of 241.
REDUCED = evaluate.Sizes(samples=2000, valid=300, test=1000, nearest=200)



def parzen_oracle(points, samples, sigma):
    """log p(x) by the textbook formula, in float64 numpy."""
    d = samples.shape[1]
    dist_sq = ((points[:, None, :] - samples[None, :, :]) ** 2).sum(-1)  # (M, N)
    a = -dist_sq / (2 * sigma ** 2)
    top = a.max(1, keepdims=True)
    lse = top[:, 0] + np.log(np.exp(a - top).sum(1))
    return lse - math.log(len(samples)) - 0.5 * d * math.log(2 * math.pi * sigma ** 2)


def test_parzen_log_likelihood_matches_the_formula():
    rng = np.random.default_rng(0)
    samples, points = rng.random((50, 20)), rng.random((30, 20))
    got = parzen.log_likelihoods(torch.from_numpy(points), torch.from_numpy(samples), sigmas=(0.2, 0.5))
    for row, sigma in zip(got, (0.2, 0.5)):
        assert np.allclose(row.numpy(), parzen_oracle(points, samples, sigma), atol=PARZEN_TOLERANCE)


def test_parzen_of_held_out_real_images_is_of_the_papers_order():
    data = mnist_arrays()
    flat = lambda a: torch.from_numpy(a.reshape(len(a), -1) / np.float32(255))  # noqa: E731
    result = parzen.parzen_score(flat(data.train_images[: REDUCED.samples]),
                                 flat(data.split("valid")[0][: REDUCED.valid]), flat(data.test_images[: REDUCED.test]))
    assert 100 < result["mean"] < 300, f"real MNIST Parzen LL {result['mean']:.1f} (paper's GAN: 225, real: ~241)"
    assert result["sigma"] in (pytest.approx(s) for s in parzen.SIGMAS[1:4]), "sigma ~0.13-0.22 for MNIST"


def test_frechet_distance_matches_scipy_sqrtm():
    linalg = pytest.importorskip("scipy.linalg")
    g = torch.Generator().manual_seed(0)
    a, b = torch.randn(500, 8, generator=g), torch.randn(500, 8, generator=g) * 1.5 + 0.3
    mu_a, cov_a = scores.gaussian(a)
    mu_b, cov_b = scores.gaussian(b)
    expected = ((mu_a - mu_b) ** 2).sum() + np.trace(cov_a + cov_b - 2 * linalg.sqrtm(cov_a @ cov_b).real)
    assert scores.frechet_distance(a, b) == pytest.approx(expected, rel=FID_TOLERANCE)
    assert abs(scores.frechet_distance(a, a)) < 1e-6


def test_inception_score_and_coverage_on_extreme_predictions():
    confident_all = torch.eye(10).repeat(10, 1)  # every class, each image certain
    one_class = torch.eye(10)[[3] * 100]
    assert scores.inception_score(confident_all) == pytest.approx(10, rel=1e-6)
    assert scores.inception_score(one_class) == pytest.approx(1, rel=1e-6)
    assert scores.class_coverage(confident_all)["covered"] == 10
    assert scores.class_coverage(one_class) == {"histogram": [0.0] * 3 + [1.0] + [0.0] * 6, "covered": 1}


def test_nearest_neighbour_finds_an_exact_copy():
    train_set = torch.rand(100, 16)
    dist, index = nearest.nearest(train_set[[7, 42]] + 0.0, train_set)
    assert index.tolist() == [7, 42] and dist.max() < 1e-3


@pytest.fixture(scope="module")
def evaluated_run(tmp_path_factory, monkeypatch_module):
    """A tiny trained run, evaluated with reduced counts and a quickly trained classifier."""
    out = tmp_path_factory.mktemp("run")
    monkeypatch_module.setenv(classifier.CACHE_ENV, str(tmp_path_factory.mktemp("cache")))
    data = mnist_arrays()
    quick = classifier.train_classifier(to_unit_range(data.train_images[:2000]),
                                        torch.from_numpy(data.train_labels[:2000].astype("int64")), epochs=1)
    monkeypatch_module.setattr(classifier, "load_or_train", lambda mnist, say=print: (quick, 0.9))
    train(TrainConfig(limit=128, epochs=1, threads=1, data=MNIST_DATA), out, say=lambda *_: None)
    assert main(["evaluate", str(out), "--samples", "500", "--valid", "100", "--test", "300", "--nearest", "50",
                 "--lang", "en"]) == 0
    return out


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as mp:
        yield mp


def test_evaluate_writes_every_metric_beside_real_mnist_and_the_paper(evaluated_run, capsys):
    metrics = json.loads((evaluated_run / "metrics.json").read_text())
    for key in ("parzen", "fid", "inception_score", "classes", "memorisation"):
        assert set(metrics[key]) >= {"model", "real"}, key
    assert metrics["parzen"]["paper"] == {"mean": 225.0, "sem": 2.0}
    assert metrics["parzen"]["real"]["mean"] > metrics["parzen"]["model"]["mean"], "an untrained G beats real data?"
    assert (evaluated_run / "nearest.png").is_file()


def test_evaluate_reports_a_missing_run_in_one_line(tmp_path, capsys):
    assert main(["evaluate", str(tmp_path / "nothing")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("gankit evaluate: error: run folder not found") and "\n" not in err
