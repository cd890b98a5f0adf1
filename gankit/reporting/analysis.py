"""The automatic analysis of a run: mode collapse, D saturation, memorisation, Parzen vs the paper."""
import math

from gankit.runs.folder import COVERAGE_MIN_SHARE

# An epoch's mean g_loss = mean(-log D(G(z))) above 5: D scores the typical fake below e^-5 = 0.7%.
# (The arithmetic mean of D(G(z)) would hide this: a few fakes that fool D dominate it.)
SATURATED_G_LOSS = 5.0
SEVERE_COLLAPSE_CLASSES = 6  # this many digit classes or fewer: most of the data distribution is missing
SKEWED_SHARE = 0.3  # one class above 30% of samples (an even share is 10%) is worth pointing out
MEMORISED_RATIO = 0.5  # samples nearer than half the real test images' distance look copied


def saturation_epoch(log: dict):
    """The first epoch (1-based) whose mean g_loss shows a saturated D, or None."""
    for epoch in log.get("epochs", []):
        if epoch["g_loss"] > SATURATED_G_LOSS:
            return epoch
    return None


def analyse(log: dict, metrics: dict, t: dict) -> list:
    """Sentences (in t's language) about the run; metrics may be None before evaluation."""
    lines = []
    saturated = saturation_epoch(log)
    if saturated:
        last = log["epochs"][-1]
        lines.append(t("d_saturated", epoch=saturated["epoch"], g_loss=last["g_loss"],
                       dgz=math.exp(-min(last["g_loss"], 700))))
    elif log.get("epochs"):
        last = log["epochs"][-1]
        lines.append(t("d_healthy", dx=last["d_x"], dgz=last["d_g_z1"]))
    if not metrics:
        return lines
    classes = metrics["classes"]["model"]
    covered, share = classes["covered"], classes["histogram"]
    missing = ", ".join(str(d) for d, s in enumerate(share) if s < COVERAGE_MIN_SHARE)
    if covered == 10:
        lines.append(t("ok_mode", covered=covered))
    else:
        key = "collapse" if covered <= SEVERE_COLLAPSE_CLASSES else "partial_mode"
        lines.append(t(key, covered=covered, missing=missing))
    top = max(range(10), key=lambda d: share[d])
    if share[top] > SKEWED_SHARE:
        lines.append(t("skewed", digit=top, share=share[top]))
    near = metrics["memorisation"]
    key = "memorised" if near["model"]["median"] < MEMORISED_RATIO * near["real"]["median"] else "not_memorised"
    lines.append(t(key, model=near["model"]["median"], real=near["real"]["median"]))
    p = metrics["parzen"]
    lines.append(t("parzen_vs_paper", model=p["model"]["mean"], sem=p["model"]["sem"], paper=p["paper"]["mean"],
                   paper_sem=p["paper"]["sem"], real=p["real"]["mean"]))
    return lines

