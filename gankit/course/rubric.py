"""The grader's rubric for the paper summary (SPEC §2 template), in Korean and English.

Each `## N.` section of solutions/week01_gan/paper_summary.md becomes a manually graded answer cell
worth SECTIONS[N].points; WRITING is one more manually graded task over the whole summary. The
criteria reach graders as the notebook's mark scheme (hidden from students, shown in formgrader).
"""
from dataclasses import dataclass


@dataclass(frozen=True)
class Criteria:
    title: str  # the English title of the section's heading, checked against paper_summary.md in tests
    points: int
    full: tuple  # (ko, en): what earns full points
    partial: tuple  # (ko, en): what earns about half


SECTIONS = {
    "1": Criteria("Problem", 4,
                  ("다루기 어려운 우도/분배 함수와 MCMC·근사 추론의 한계를 들고, 역전파만으로 학습하는 생성기를 목표로 설명",
                   "names intractable likelihoods/partition functions and the cost of MCMC or approximate inference, "
                   "and the aim: a generator trained by backpropagation alone"),
                  ("문제는 맞지만 이전 모델의 한계가 없음", "states the problem but not the limits of earlier models")),
    "2": Criteria("Method", 4,
                  ("G: z → 샘플, D: x → 진짜일 확률, 서로 경쟁하며 번갈아 학습(k단계 D, 1단계 G)",
                   "G: z → sample, D: x → P(real); trained against each other, alternating (k D steps, 1 G step)"),
                  ("두 네트워크는 맞지만 입출력이나 학습 순서가 빠짐", "both networks named, inputs/outputs or alternation missing")),
    "3": Criteria("Objective", 5,
                  ("V(D, G)를 두 기댓값 항으로 정확히 쓰고, 각 항의 의미와 비포화 손실 log D(G(z))를 설명",
                   "writes V(D, G) with both expectation terms, explains each, and the non-saturating log D(G(z))"),
                  ("V(D, G)는 맞지만 비포화 손실 설명이 없음 (또는 그 반대)",
                   "V(D, G) right but no non-saturating loss (or the reverse)")),
    "4": Criteria("Theory", 5,
                  ("D* = p_data / (p_data + p_g), C(G) = -log 4 + 2 JSD, 최적점 p_g = p_data에서 D* = 1/2",
                   "D* = p_data / (p_data + p_g), C(G) = -log 4 + 2 JSD, optimum p_g = p_data with D* = 1/2"),
                  ("D* 또는 JSD 중 하나만 정확함", "only one of D* and the JSD argument is right")),
    "5": Criteria("Experiments", 4,
                  ("MNIST, TFD, CIFAR-10; Parzen 창 로그우도 표(MNIST 225 ± 2)와 그 추정의 한계(고차원, 분산)",
                   "MNIST, TFD, CIFAR-10; the Parzen-window table (MNIST 225 ± 2) and its limits (high dimension, variance)"),
                  ("데이터셋 또는 표 중 하나만", "datasets or the table, not both")),
    "6": Criteria("Limitations", 4,
                  ("명시적 p_g 없음, G/D 균형(Helvetica), 이후의 모드 붕괴·불안정·평가 문제",
                   "no explicit p_g, G/D balance (Helvetica scenario), later: mode collapse, instability, evaluation"),
                  ("한계 두 가지 미만", "fewer than two limitations")),
    "7": Criteria("Discussion", 6,
                  ("네 질문 모두 답함: 강점/약점, 다른 계열과의 차이, 실험과 한계, 응용과 후속 연구(DCGAN, WGAN 등)",
                   "answers all four: strengths/weaknesses, contrast with other families, experiments and limits, "
                   "applications and follow-up work (DCGAN, WGAN, ...)"),
                  ("두세 질문만 답함", "answers two or three of them")),
    "8": Criteria("My results", 4,
                  ("자신의 실행 결과(그림, 손실, 수치)를 붙이고 손실 곡선, D 포화, 모드 붕괴, 논문 수치와 비교를 분석",
                   "pastes own results (figures, losses, numbers) and analyses the loss curves, D saturation, "
                   "mode collapse and the comparison with the paper"),
                  ("결과는 있으나 분석이 없음", "results without analysis")),
}

WRITING = Criteria("Writing", 4,
                   ("자신의 말로, 절마다 3–6문장, 수식 표기가 정확함", "own words, 3–6 sentences per section, correct notation"),
                   ("대부분 논문 문장을 옮겨 씀, 또는 수식 오류가 여럿", "mostly copied sentences, or several notation errors"))

TOTAL = sum(c.points for c in SECTIONS.values()) + WRITING.points  # 40 of the notebook's 150 points


def mark_scheme(criteria: Criteria) -> str:
    """The grader's markdown for one section: full and partial credit, Korean then English."""
    half = criteria.points // 2
    return "\n".join([
        f"- 만점 ({criteria.points}): {criteria.full[0]}", f"- 절반 (~{half}): {criteria.partial[0]}",
        f"- full ({criteria.points}): {criteria.full[1]}", f"- half (~{half}): {criteria.partial[1]}",
    ])


def grader_markdown() -> str:
    """The whole rubric, section by section, then the writing task: the notebook's mark scheme."""
    entries = [(f"{number}. {c.title}", c) for number, c in SECTIONS.items()] + [(WRITING.title, WRITING)]
    return "\n\n".join(f"**{title}**\n{mark_scheme(criteria)}" for title, criteria in entries)
