"""The notebook's own prose, Korean first and English second (the readings are in theory.py, the
code and the summary template come from solutions/).

The notebook shows both languages of every text (the layout of gankit.i18n): a heading's two sides
on one line, "한국어 / English"; a paragraph's one after the other.
"""
from gankit.i18n import LANGS, say

HEADINGS = {  # shown as one line: Korean / English
    "intro": {"ko": "1주차: 생성 모델과 GAN", "en": "Week 1: generative models and GANs"},
    "setup": {"ko": "설정 (먼저 실행하세요)", "en": "Setup (run this first)"},
    "part1": {"ko": "1부: 이론", "en": "Part 1: theory"},
    "reading": {"ko": "읽기 {n}: {title}", "en": "Reading {n}: {title}"},
    "answer": {"ko": '"a", "b", "c", "d" 중 하나', "en": 'one of "a", "b", "c", "d"'},
    "quiz_answer": {"ko": "Q{n} 답 (형식)", "en": "Q{n} answer (format)"},
    "part2": {"ko": "2부: MLP GAN", "en": "Part 2: an MLP GAN for MNIST"},
    "generator": {"ko": "생성자 G", "en": "The generator G"},
    "discriminator": {"ko": "판별자 D", "en": "The discriminator D"},
    "losses": {"ko": "손실", "en": "The losses"},
    "train_step": {"ko": "학습 한 단계", "en": "One training step"},
    "check": {"ko": "검사", "en": "check"},
    "hidden_check": {"ko": "숨겨진 검사, 채점할 때만 실행", "en": "hidden check, run when grading"},
    "points": {"ko": "점", "en": "points"},
    "preview": {"ko": "짧은 학습 미리보기", "en": "A short training preview"},
    "not_graded": {"ko": "채점하지 않음", "en": "not graded"},
    "part3": {"ko": "3부: 논문 요약", "en": "Part 3: paper summary"},
    "writing": {"ko": "글쓰기", "en": "Writing"},
    "rubric": {"ko": "채점 기준", "en": "Rubric"},
    "outro": {"ko": "제출 전에", "en": "Before you submit"},
}

PARAGRAPHS = {  # shown as two paragraphs: Korean, then English
    "intro": {
        "ko": """이 노트북은 세 부분입니다: **1부** 이론 퀴즈 ({quiz}점), **2부** MLP GAN 구현 ({code}점, `pytest autograder/`와
같은 검사), **3부** 논문 요약 ({summary}점, 조교가 채점). 합계 {total}점.
위에서부터 차례로 실행하세요. 잠긴 셀(🔒)은 고치지 마세요. 채점할 때 잠긴 셀과 검사 셀은 원본으로 되돌려집니다.""",
        "en": """This notebook has three parts: **Part 1** a theory quiz ({quiz} points), **Part 2** the MLP GAN ({code} points, the
same checks as `pytest autograder/`), **Part 3** the paper summary ({summary} points, graded by a TA). Total {total}.
Run the cells from the top. Do not edit locked cells: grading restores locked cells and test cells from the original.""",
    },
    "part1": {
        "ko": """읽기 자료를 읽고 각 질문의 답을 `answer_qN = "a"` 처럼 `"a"`–`"d"` 중 하나로 쓰세요. 아래 검사 셀은 답의 형식만
확인하고, 정답 여부는 채점할 때 확인합니다.""",
        "en": """Read the short readings, then answer each question with one of `"a"`–`"d"`, e.g. `answer_qN = "a"`. The test cell
below each answer only checks the format; whether it is right is checked when grading.""",
    },
    "part2": {
        "ko": """`solutions/`의 `.py` 파일과 같은 코드입니다: `assignments/week01_gan/`에서 `.py`로 풀어도, 여기서 풀어도 됩니다.
각 코드 셀의 TODO를 채우고 실행한 뒤, 바로 아래 검사 셀을 실행하세요. 검사 셀의 점수와 메시지는
`pytest autograder/`와 같습니다. 숨겨진 검사 두 개(궤적 일치, 링 수렴)는 채점할 때만 실행됩니다.""",
        "en": """The same code as the `.py` files in `assignments/week01_gan/`: solve it there or here. Fill in the TODOs of each
code cell, run it, then run the test cells below it. Their points and messages are those of `pytest autograder/`.
Two hidden checks (trajectory match, ring convergence) run only when grading.""",
    },
    "generator": {
        "ko": "노이즈 z `(N, latent_dim)` → 이미지 `(N, 1, 28, 28)`, 값은 [-1, 1].",
        "en": "Noise z `(N, latent_dim)` → images `(N, 1, 28, 28)` with values in [-1, 1].",
    },
    "discriminator": {
        "ko": "이미지 `(N, 1, 28, 28)` → 진짜일 확률 `(N, 1)`.",
        "en": "Images `(N, 1, 28, 28)` → probabilities `(N, 1)` that they are real.",
    },
    "losses": {
        "ko": "d_loss = BCE(D(x), 1) + BCE(D(G(z)), 0), g_loss = BCE(D(G(z)), 1) (비포화 손실, 논문 3절).",
        "en": "d_loss = BCE(D(x), 1) + BCE(D(G(z)), 0), g_loss = BCE(D(G(z)), 1) (non-saturating, paper §3).",
    },
    "train_step": {
        "ko": "(1) D 갱신, 그다음 (2) 방금 갱신된 D를 거쳐 G 갱신. 주어진 z를 쓰세요.",
        "en": "(1) update D, then (2) update G through the just-updated D. Use the given z.",
    },
    "preview": {
        "ko": """채점하지 않습니다. 여러분의 G, D, `train_step`으로 MNIST에서 몇백 단계를 학습하고 샘플과 손실 곡선을 보여 줍니다
(2코어 CPU에서 약 {seconds}초). 전체 10 에폭 학습은 `gankit train`으로 하세요. 채점 중에는 건너뜁니다.""",
        "en": """Not graded. Trains your G, D and `train_step` for a few hundred steps on MNIST and shows samples and the loss
curves (about {seconds} s on 2 CPU cores). Train the full 10 epochs with `gankit train`. Skipped while grading.""",
    },
    "part3": {
        "ko": "각 절의 답 셀에 쓰세요 (한국어 또는 영어). 조교가 채점합니다 ({summary}점).",
        "en": "Write in each section's answer cell (Korean or English). A TA grades it ({summary} points).",
    },
    "writing": {
        "ko": "요약 전체를 자신의 말로, 절마다 3–6문장으로, 정확한 수식 표기로 썼는지 봅니다.",
        "en": "The whole summary: in your own words, 3–6 sentences per section, with correct notation.",
    },
    "outro": {
        "ko": """*Kernel → Restart & Run All* 후 모든 검사 셀이 통과하는지 보세요 (또는 `gankit course validate 노트북`).
그다음 Assignments 탭에서 제출하세요.""",
        "en": """*Kernel → Restart & Run All*, and check that every test cell passes (or run `gankit course validate NOTEBOOK`).
Then submit from the Assignments tab.""",
    },
}


def _sides(table: dict, key: str, params: dict) -> list:
    """Both sides of table[key]; a parameter given as {"ko": ..., "en": ...} fills each side with its own."""
    return [say(table, key, lang, **{k: v[lang] if isinstance(v, dict) else v for k, v in params.items()})
            for lang in LANGS]


def heading(key: str, **params) -> str:
    """HEADINGS[key] as the notebook shows it: "한국어 / English"."""
    return " / ".join(_sides(HEADINGS, key, params))


def paragraphs(key: str, **params) -> str:
    """PARAGRAPHS[key] as the notebook shows it: the Korean paragraph, a blank line, the English one."""
    return "\n\n".join(_sides(PARAGRAPHS, key, params))
