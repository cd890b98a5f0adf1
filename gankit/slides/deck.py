"""The week-1 deck as Marp Markdown in one language: the course plan's three hours (SPEC §1), each
section's slides under a header that gives its timing."""
import math

from gankit.checks import convergence
from gankit.i18n import say
from gankit.reporting.analysis import SATURATED_G_LOSS
from gankit.slides import sources
from gankit.slides.formulas import FORMULAS
from gankit.slides.results import PAPER_GAN_PARZEN, PAPER_TABLE1
from gankit.slides.texts import SETTING_KEYS, SLIDES

THEME = "gankit"  # gankit/slides/theme.css
# (part, topic, minutes): every hour adds up to 60 minutes
SECTIONS = (
    ("part.theory", "topic.definition", 15), ("part.theory", "topic.history", 10),
    ("part.theory", "topic.families", 15), ("part.theory", "topic.applications", 10),
    ("part.theory", "topic.quiz", 10),
    ("part.paper", "topic.game", 15), ("part.paper", "topic.theory", 15),
    ("part.paper", "topic.experiments", 10), ("part.paper", "topic.discussion", 20),
    ("part.lab", "topic.models", 10), ("part.lab", "topic.loop", 15),
    ("part.lab", "topic.results", 20), ("part.lab", "topic.homework", 15),
)


def timing_lines(lang: str) -> dict:
    """topic key -> its timing line, e.g. "1교시 이론 · 정의 — 15분 (0:00–0:15)"."""
    lines, clock = {}, {}
    for part, topic, minutes in SECTIONS:
        start = clock.get(part, 0)
        clock[part] = start + minutes
        lines[topic] = say(SLIDES, "time.line", lang, part=say(SLIDES, part, lang), topic=say(SLIDES, topic, lang),
                           minutes=minutes, start=f"{start // 60}:{start % 60:02d}",
                           end=f"{clock[part] // 60}:{clock[part] % 60:02d}")
    return lines


def _slide(header: str, title: str, body: str, cls: str = "") -> str:
    directives = f'<!-- _header: "{header}" -->\n' + (f"<!-- _class: {cls} -->\n" if cls else "")
    return f"{directives}\n## {title}\n\n{body.strip()}\n"


def _t(key: str, lang: str, **params) -> str:
    return say(SLIDES, key, lang, **params, **FORMULAS)


def _figure(name: str, caption: str) -> str:
    return f'<figure><img src="{name}"><figcaption>{caption}</figcaption></figure>'


def _columns(left: str, right: str) -> str:
    """Two columns side by side (Markdown inside HTML needs the blank lines)."""
    return f'<div class="columns"><div>\n\n{left}\n\n</div><div>\n\n{right}\n\n</div></div>'


def _theory(lang: str, time: dict) -> list:
    (r1, b1), (r2, b2), (r3, b3) = sources.readings(lang)
    quiz = "\n".join(f"{n}. {q}" for n, q in enumerate(sources.quiz_questions(lang), start=1))
    return [
        _slide(time["topic.definition"], r1, b1),
        _slide(time["topic.definition"], r1, _t("definition.compare", lang)),
        _slide(time["topic.history"], r2, b2),
        _slide(time["topic.history"], r2, _t("history.timeline", lang), cls="timeline"),
        _slide(time["topic.families"], r3, b3, cls="dense"),
        _slide(time["topic.families"], _t("families.table.heading", lang), _t("families.table", lang)),
        _slide(time["topic.applications"], _t("applications.heading", lang), _t("applications.body", lang)),
        _slide(time["topic.quiz"], _t("quiz.heading", lang), f"{quiz}\n\n{_t('quiz.note', lang)}"),
    ]


def _paper(lang: str, time: dict) -> list:
    table1 = "\n".join([f"| {_t('paper.table.model', lang)} | {_t('paper.table.ll', lang)} |", "|---|---|",
                        *(f"| {model} | {ll} |" for model, ll in PAPER_TABLE1)])
    questions = "\n".join(f"{n}. {q}" for n, q in enumerate(sources.discussion_questions(lang), start=1))
    return [
        _slide(time["topic.game"], _t("paper.heading", lang), _t("paper.game", lang)),
        _slide(time["topic.game"], _t("paper.value.heading", lang), _t("paper.value.body", lang)),
        _slide(time["topic.game"], _t("paper.algorithm.heading", lang), _t("paper.algorithm.body", lang), cls="dense"),
        _slide(time["topic.theory"], _t("paper.optimal.heading", lang), _t("paper.optimal.body", lang)),
        _slide(time["topic.theory"], _t("paper.jsd.heading", lang), _t("paper.jsd.body", lang)),
        _slide(time["topic.theory"], _t("paper.nonsat.heading", lang),
               _columns(_t("paper.nonsat.body", lang), _figure("gradients.png", _t("paper.nonsat.caption", lang))
                        + f"\n\n$${FORMULAS['g_loss']}$$")
               + f"\n\n$${FORMULAS['non_saturating']}$$"),
        _slide(time["topic.experiments"], _t("paper.table.heading", lang),
               f"{table1}\n\n{_t('paper.parzen.body', lang)}", cls="dense"),
        _slide(time["topic.discussion"], _t("discussion.heading", lang), f"{questions}\n\n{_t('discussion.note', lang)}"),
    ]


def _samples_grid(reference, lang: str) -> str:
    rows = []
    for setting, runs in reference.settings().items():
        cells = "".join(
            f'<td><img src="{run.samples.name}"><br>'
            + _t("results.samples.cell", lang, seed=run.seed, classes=run.classes, parzen=f"{run.parzen[0]:.0f}")
            + "</td>" for run in runs)
        label = _t("results.samples.row", lang, setting=_t(SETTING_KEYS[setting], lang), betas=runs[0].betas)
        rows.append(f"<tr><th>{label}</th>{cells}</tr>")
    return f'<table class="grids">{"".join(rows)}</table>\n\n{_t("results.samples.note", lang)}'


def _against_paper(reference, lang: str) -> str:
    rows = [_t("results.table.header", lang),
            f"| {_t('results.table.paper', lang)} | {PAPER_GAN_PARZEN:.0f} ± 2 | – | – |"]
    for setting, runs in reference.settings().items():
        label = _t("results.table.run", lang, setting=_t(SETTING_KEYS[setting], lang), betas=runs[0].betas,
                   seeds="/".join(str(run.seed) for run in runs))
        rows.append(f"| {label} | {' / '.join(f'{run.parzen[0]:.0f}' for run in runs)} | "
                    f"{' / '.join(f'{run.fid:.0f}' for run in runs)} | {' / '.join(str(run.classes) for run in runs)} |")
    parzen, sem = reference.real_parzen
    rows.append(f"| {_t('results.table.real', lang)} | {parzen:.0f} ± {sem:.0f} | {reference.real_fid:.1f} | "
                f"{reference.real_classes} |")
    return "\n".join(rows) + f"\n\n{_t('results.table.note', lang)}"


def _curves_note(reference, curves: dict, lang: str) -> str:
    """Where the curves come from, and, when their runs' end values are not the table's, both values."""
    first = next(iter(curves.values()))
    note = _t("results.curves.note", lang, seed=first["seed"], date=first["date"], torch=first["torch"],
              bins=first["steps_per_point"])
    table = {(run.setting, run.seed): run.last_g_loss for run in reference.runs}
    values = []
    for setting, record in curves.items():
        now, then = f"{record['epoch_means']['g_loss'][-1]:.2f}", table.get((setting, record["seed"]))
        if then is not None and now != f"{then:.2f}":
            values.append(_t("results.curves.value", lang, setting=_t(SETTING_KEYS[setting], lang), now=now,
                             recorded=f"{then:.2f}"))
    return note + (" " + _t("results.curves.differs", lang, values=", ".join(values)) if values else "")


def _lab(lang: str, time: dict, reference, params: dict, curves: dict) -> list:
    code = sources.train_step_code()
    return [
        _slide(time["topic.models"], _t("lab.generator.heading", lang),
               f"![](generator.png)\n\n{_t('lab.params', lang, count=params['generator'])}", cls="diagram"),
        _slide(time["topic.models"], _t("lab.discriminator.heading", lang),
               f"![](discriminator.png)\n\n{_t('lab.params', lang, count=params['discriminator'])}", cls="diagram"),
        _slide(time["topic.loop"], _t("lab.loop.heading", lang), f"```python\n{code}\n```", cls="code"),
        _slide(time["topic.loop"], _t("lab.detach.heading", lang), _t("lab.detach.body", lang), cls="dense"),
        _slide(time["topic.results"], _t("results.samples.heading", lang), _samples_grid(reference, lang), cls="dense"),
        _slide(time["topic.results"], _t("results.saturation.heading", lang),
               "![](saturation.png)\n\n" + _t("results.saturation.note", lang, threshold=SATURATED_G_LOSS,
                                                      share=f"{math.exp(-SATURATED_G_LOSS):.1%}"), cls="dense chart"),
        _slide(time["topic.results"], _t("results.curves.heading", lang),
               "![](curves.png)\n\n" + _curves_note(reference, curves, lang), cls="dense chart"),
        _slide(time["topic.results"], _t("results.ring.heading", lang),
               "![](ring.png)\n\n" + _t("results.ring.note", lang, groups=convergence.GROUPS,
                                                 steps=convergence.STEPS)),
        _slide(time["topic.results"], _t("results.table.heading", lang), _against_paper(reference, lang)),
        _slide(time["topic.homework"], _t("homework.heading", lang), _t("homework.body", lang)),
    ]


def slides(lang: str, reference, params: dict, curves: dict) -> list:
    """The deck's slides in `lang`, as Marp Markdown; reference: the recorded runs (results.load());
    params: the parameter counts {"generator": n, "discriminator": n}; curves: the runs' curve records
    (results.load_curves()). Figures are files beside the Markdown (build.py draws them)."""
    time = timing_lines(lang)
    title = f"<!-- _class: lead -->\n<!-- _paginate: false -->\n\n# {_t('title.heading', lang)}\n\n{_t('title.body', lang)}\n"
    return [title, *_theory(lang, time), *_paper(lang, time), *_lab(lang, time, reference, params, curves)]


def render(lang: str, reference, params: dict, curves: dict) -> str:
    """The whole deck in `lang`: Marp's front matter, then the slides."""
    front = f"---\nmarp: true\ntheme: {THEME}\nmath: mathjax\npaginate: true\nsize: 16:9\nlang: {lang}\n---\n"
    return front + "\n---\n\n".join(slides(lang, reference, params, curves))
