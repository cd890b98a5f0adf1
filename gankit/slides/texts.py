"""The slides' own text, Korean and English side by side (the layout of gankit/i18n.py).

The theory readings, the quiz questions, the discussion questions, the training step's code and
the measured results are not here: the deck takes them from the notebook's sources
(gankit/course/theory.py, solutions/week01_gan/) and the recorded reference runs, so each is
edited in one place. Formulas are {placeholders} filled from formulas.py.
"""

SLIDES = {
    # --- title and plan -------------------------------------------------------------------------
    "title.heading": {"ko": "1주차: 생성 모델과 GAN", "en": "Week 1: generative models and GANs"},
    "title.body": {
        "ko": ("생성 모델 개요 · Goodfellow et al. (2014) 읽기와 토론 · MNIST MLP GAN 실습\n\n"
               "| 시간 | 내용 |\n|---|---|\n"
               "| 1교시 (60분) | 이론: 정의, 역사, 모델 계열, 응용 |\n"
               "| 2교시 (60분) | 논문: 적대적 게임, $V(D, G)$, 이론, 실험, 토론 |\n"
               "| 3교시 (60분) | 실습: G와 D, 학습 루프, 키트의 측정 결과, 과제 |"),
        "en": ("An overview of generative models · reading and discussing Goodfellow et al. (2014) · "
               "an MLP GAN on MNIST\n\n"
               "| time | contents |\n|---|---|\n"
               "| hour 1 (60 min) | theory: definition, history, model families, applications |\n"
               "| hour 2 (60 min) | the paper: the adversarial game, $V(D, G)$, theory, experiments, discussion |\n"
               "| hour 3 (60 min) | lab: G and D, the training loop, the kit's measured results, homework |"),
    },
    # --- timing lines: one per section, shown in the header of its slides -----------------------
    "time.line": {"ko": "{part} · {topic} — {minutes}분 ({start}–{end})",
                  "en": "{part} · {topic} — {minutes} min ({start}–{end})"},
    "part.theory": {"ko": "1교시 이론", "en": "Hour 1 theory"},
    "part.paper": {"ko": "2교시 논문", "en": "Hour 2 paper"},
    "part.lab": {"ko": "3교시 실습", "en": "Hour 3 lab"},
    "topic.definition": {"ko": "정의", "en": "definition"},
    "topic.history": {"ko": "역사", "en": "history"},
    "topic.families": {"ko": "모델 계열", "en": "model families"},
    "topic.applications": {"ko": "응용", "en": "applications"},
    "topic.quiz": {"ko": "확인 퀴즈", "en": "check quiz"},
    "topic.game": {"ko": "적대적 게임과 목적 함수", "en": "the adversarial game and its objective"},
    "topic.theory": {"ko": "이론적 결과", "en": "theoretical results"},
    "topic.experiments": {"ko": "실험과 한계", "en": "experiments and limits"},
    "topic.discussion": {"ko": "토론", "en": "discussion"},
    "topic.models": {"ko": "G와 D", "en": "G and D"},
    "topic.loop": {"ko": "학습 루프", "en": "the training loop"},
    "topic.results": {"ko": "키트의 측정 결과", "en": "the kit's measured results"},
    "topic.homework": {"ko": "과제", "en": "homework"},
    # --- hour 1: theory --------------------------------------------------------------------------
    "definition.compare": {
        "ko": ("| | 판별 모델 | 생성 모델 |\n|---|---|---|\n"
               "| 배우는 것 | ${discriminative}$ 또는 결정 경계 | ${generative}$ |\n"
               "| 예 | 로지스틱 회귀, SVM | GMM, HMM, VAE, GAN |\n"
               "| 할 수 있는 것 | 레이블 예측 | 레이블 예측 + **새 데이터 샘플링** |"),
        "en": ("| | discriminative | generative |\n|---|---|---|\n"
               "| learns | ${discriminative}$ or a decision boundary | ${generative}$ |\n"
               "| examples | logistic regression, SVM | GMM, HMM, VAE, GAN |\n"
               "| can | predict labels | predict labels + **sample new data** |"),
    },
    "history.timeline": {
        "ko": ("- **고전**: GMM (EM 알고리즘으로 학습), HMM (음성 인식) — 분포를 직접 적습니다\n"
               "- **2013**: VAE (Kingma & Welling) — 신경망 인코더와 디코더, 우도의 하한\n"
               "- **2014**: GAN (Goodfellow et al.) — 우도 없이 판별자와의 게임으로 학습\n"
               "- **2015–**: DCGAN, PixelCNN, RealNVP, Glow, … 그리고 확산 모델"),
        "en": ("- **Classical**: GMM (trained with EM), HMM (speech recognition) — the density written down\n"
               "- **2013**: VAE (Kingma & Welling) — neural encoder and decoder, a bound on the likelihood\n"
               "- **2014**: GAN (Goodfellow et al.) — no likelihood: a game against a discriminator\n"
               "- **2015–**: DCGAN, PixelCNN, RealNVP, Glow, … and diffusion models"),
    },
    "families.table.heading": {"ko": "네 계열 한눈에 보기", "en": "The four families at a glance"},
    "families.table": {
        "ko": ("| 계열 | 예 | 우도 | 샘플링 | 알려진 점 |\n|---|---|---|---|---|\n"
               "| VAE | VAE | 하한 (ELBO) | 빠름 (한 번) | 잠재 공간, 흐릿한 샘플 |\n"
               "| GAN | GAN, DCGAN | 없음 (암묵적) | 빠름 (한 번) | 선명한 샘플, 불안정한 학습 |\n"
               "| 자기회귀 | PixelRNN, PixelCNN | 정확 | 느림 (픽셀마다) | 정확한 우도 |\n"
               "| 플로우 | RealNVP, Glow | 정확 | 빠름 (역변환) | 가역 변환, 정확한 우도 |"),
        "en": ("| family | examples | likelihood | sampling | known for |\n|---|---|---|---|---|\n"
               "| VAE | VAE | a bound (ELBO) | fast (one pass) | latent space, blurry samples |\n"
               "| GAN | GAN, DCGAN | none (implicit) | fast (one pass) | sharp samples, unstable training |\n"
               "| autoregressive | PixelRNN, PixelCNN | exact | slow (pixel by pixel) | exact likelihood |\n"
               "| flow | RealNVP, Glow | exact | fast (inverse map) | invertible maps, exact likelihood |"),
    },
    "applications.heading": {"ko": "응용", "en": "Applications"},
    "applications.body": {
        "ko": ("- **이미지**: 얼굴·장면 합성, 초해상도, 이미지 변환 (pix2pix, CycleGAN), 편집\n"
               "- **텍스트**: 자기회귀 언어 모델로 문장 생성\n"
               "- **음성·음악**: WaveNet (자기회귀), 음성 합성과 음악 생성\n"
               "- **데이터 증강**: 부족한 클래스의 학습 데이터를 합성 (예: 의료 영상)\n"
               "- 주의: 딥페이크와 저작권 — 생성 모델의 사회적 영향"),
        "en": ("- **Images**: faces and scenes, super-resolution, image translation (pix2pix, CycleGAN), editing\n"
               "- **Text**: sentences from autoregressive language models\n"
               "- **Speech and music**: WaveNet (autoregressive), speech synthesis, music generation\n"
               "- **Data augmentation**: synthetic training data for rare classes (e.g. medical images)\n"
               "- Caution: deepfakes and copyright — the social impact of generative models"),
    },
    "quiz.heading": {"ko": "확인 퀴즈 (노트북 1부)", "en": "Check quiz (notebook, Part 1)"},
    "quiz.note": {"ko": "노트북의 `answer_q1` … `answer_q5`에 답하세요.",
                  "en": "Answer in the notebook's `answer_q1` … `answer_q5`."},
    # --- hour 2: the paper -------------------------------------------------------------------------
    "paper.heading": {"ko": "Generative Adversarial Networks (Goodfellow et al., 2014)",
                      "en": "Generative Adversarial Networks (Goodfellow et al., 2014)"},
    "paper.game": {
        "ko": ("- **생성자 G**: 노이즈 $z \\sim p_z$ → 샘플 $G(z)$. 위조지폐범.\n"
               "- **판별자 D**: 샘플 $x$ → 진짜일 확률 $D(x)$. 경찰.\n"
               "- D는 진짜와 가짜를 구분하도록, G는 D를 속이도록 번갈아 학습합니다.\n"
               "- 둘 다 역전파로 학습하는 MLP: 마르코프 체인도, 근사 추론도 필요 없습니다.\n"
               "- 균형점: G의 분포 $p_g$가 데이터 분포 $p_{{\\text{{data}}}}$와 같아지고 D는 어디서나 $1/2$."),
        "en": ("- **Generator G**: noise $z \\sim p_z$ → a sample $G(z)$. The counterfeiter.\n"
               "- **Discriminator D**: a sample $x$ → the probability $D(x)$ that it is real. The police.\n"
               "- D learns to tell real from fake, G learns to fool D, in turns.\n"
               "- Both are MLPs trained by backpropagation: no Markov chains, no approximate inference.\n"
               "- At equilibrium G's distribution $p_g$ equals the data's $p_{{\\text{{data}}}}$ and D says $1/2$ "
               "everywhere."),
    },
    "paper.value.heading": {"ko": "가치 함수 $V(D, G)$: minimax 게임", "en": "The value function $V(D, G)$: a minimax game"},
    "paper.value.body": {
        "ko": ("$${value}$$\n\n"
               "- 첫째 항: D가 진짜 $x$에 높은 확률을 줄수록 커집니다.\n"
               "- 둘째 항: D가 가짜 $G(z)$에 낮은 확률을 줄수록 커집니다.\n"
               "- D는 $V$를 **최대화**, G는 **최소화**합니다 (G는 둘째 항에만 나타납니다).\n"
               "- 실습의 d_loss는 $-V$의 미니배치 추정입니다: ${d_loss}$"),
        "en": ("$${value}$$\n\n"
               "- First term: grows as D gives real $x$ a high probability.\n"
               "- Second term: grows as D gives the fakes $G(z)$ a low probability.\n"
               "- D **maximises** $V$, G **minimises** it (G appears only in the second term).\n"
               "- The lab's d_loss is the minibatch estimate of $-V$: ${d_loss}$"),
    },
    "paper.algorithm.heading": {"ko": "알고리즘 1: 미니배치 확률적 경사법", "en": "Algorithm 1: minibatch stochastic gradient training"},
    "paper.algorithm.body": {
        "ko": ("**학습 반복마다** ($k$: D 갱신 횟수, 논문의 실험은 $k = 1$; $m$: 미니배치 크기)\n\n"
               "1. $k$번: 노이즈 $z^{{(i)}} \\sim p_z$와 데이터 $x^{{(i)}} \\sim p_{{\\text{{data}}}}$를 $m$개씩 뽑아 "
               "D를 경사 **상승**으로 갱신\n\n"
               "$${d_ascent}$$\n\n"
               "2. 새 노이즈 $z^{{(i)}}$ $m$개로 G를 경사 **하강**으로 갱신\n\n"
               "$${g_descent}$$\n\n"
               "실습의 `train_step`이 이 한 반복입니다 ($k = 1$, 같은 $z$, 둘째 식 대신 비포화 손실)."),
        "en": ("**Each training iteration** ($k$: D updates, $k = 1$ in the paper's experiments; $m$: the "
               "minibatch size)\n\n"
               "1. $k$ times: draw $m$ noise samples $z^{{(i)}} \\sim p_z$ and $m$ examples "
               "$x^{{(i)}} \\sim p_{{\\text{{data}}}}$, and update D by **ascending**\n\n"
               "$${d_ascent}$$\n\n"
               "2. With $m$ fresh noise samples $z^{{(i)}}$, update G by **descending**\n\n"
               "$${g_descent}$$\n\n"
               "The lab's `train_step` is one such iteration ($k = 1$, the same $z$, the non-saturating loss "
               "instead of the second formula)."),
    },
    "paper.optimal.heading": {"ko": "최적의 판별자 (명제 1)", "en": "The optimal discriminator (Proposition 1)"},
    "paper.optimal.body": {
        "ko": ("G를 고정하면 $V = \\int_x p_{{\\text{{data}}}}(x) \\log D(x) + p_g(x) \\log(1 - D(x))\\, dx$.\n"
               "각 $x$마다\n\n$${ab_max}$$\n\n이므로\n\n"
               "$${optimal_d}$$\n\n"
               "- 진짜가 더 흔한 곳에서는 $D^* > 1/2$, 가짜가 더 흔한 곳에서는 $D^* < 1/2$.\n"
               "- 이 식은 D가 충분히 크고 끝까지 학습되었다는 가정 아래의 값입니다."),
        "en": ("With G fixed, $V = \\int_x p_{{\\text{{data}}}}(x) \\log D(x) + p_g(x) \\log(1 - D(x))\\, dx$.\n"
               "For each $x$,\n\n$${ab_max}$$\n\nso\n\n"
               "$${optimal_d}$$\n\n"
               "- $D^* > 1/2$ where real data is more common, $D^* < 1/2$ where fakes are.\n"
               "- This assumes D has enough capacity and is trained to the end."),
    },
    "paper.jsd.heading": {"ko": "전역 최적점과 젠슨-섀넌 발산 (정리 1)",
                          "en": "The global optimum and the Jensen–Shannon divergence (Theorem 1)"},
    "paper.jsd.body": {
        "ko": ("$D^*_G$를 $V$에 넣으면\n\n"
               "$${c_of_g}$$\n\n"
               "$${jsd}$$\n\n"
               "- JSD는 두 분포가 같을 때만 0이므로 전역 최적점은 유일합니다: ${optimum}$\n"
               "- 명제 2: G와 D의 용량이 충분하고 매 단계 D가 최적이면 $p_g \\to p_{{\\text{{data}}}}$. "
               "실제 학습은 이 가정을 지키지 못합니다."),
        "en": ("Substituting $D^*_G$ into $V$:\n\n"
               "$${c_of_g}$$\n\n"
               "$${jsd}$$\n\n"
               "- The JSD is 0 only when the two distributions are equal, so the global optimum is unique: "
               "${optimum}$\n"
               "- Proposition 2: with enough capacity and an optimal D at every step, $p_g \\to p_{{\\text{{data}}}}$. "
               "Real training does not meet these assumptions."),
    },
    "paper.nonsat.heading": {"ko": "비포화 손실 (논문 3절)", "en": "The non-saturating loss (paper, §3)"},
    "paper.nonsat.body": {
        "ko": ("- 학습 초기에는 D가 가짜를 쉽게 거부합니다: $D(G(z)) \\approx 0$.\n"
               "- 그때 $\\log(1 - D(G(z)))$의 기울기는 거의 0입니다 (포화).\n"
               "- 그래서 G는 대신 $\\log D(G(z))$를 최대화합니다: 고정점은 같고, 초기 기울기는 강합니다."),
        "en": ("- Early in training D rejects the fakes easily: $D(G(z)) \\approx 0$.\n"
               "- There $\\log(1 - D(G(z)))$ has almost no gradient (it saturates).\n"
               "- So G maximises $\\log D(G(z))$ instead: the same fixed point, strong early gradients."),
    },
    "paper.nonsat.caption": {"ko": "G가 받는 기울기의 크기: D가 가짜를 확신할수록 (왼쪽) 포화 손실의 기울기는 사라집니다.",
                             "en": "The size of G's gradient: the more sure D is of a fake (left), the less the "
                                   "saturating loss gives."},
    "paper.table.heading": {"ko": "표 1: MNIST Parzen 창 로그우도", "en": "Table 1: MNIST Parzen-window log-likelihood"},
    "paper.table.model": {"ko": "모델", "en": "model"},
    "paper.table.ll": {"ko": "로그우도 (nats, 높을수록 좋음)", "en": "log-likelihood (nats, higher is better)"},
    "paper.parzen.body": {
        "ko": ("G의 샘플 10,000장에 가우시안 창을 맞추고 ($\\sigma$는 검증 세트로 선택) 테스트 이미지의 로그우도를 잽니다:\n\n"
               "$${parzen_window}$$\n\n"
               "**한계** (저자들도 인정): 분산이 크고, 고차원에서 부정확하며, 샘플의 품질보다 흐릿하게 넓게 덮는 것을 "
               "선호하고, 정확한 우도 모델과는 비교할 수 없습니다. 이후 IS, FID가 쓰입니다."),
        "en": ("Fit a Gaussian window to 10,000 samples of G ($\\sigma$ chosen on a validation set), then measure "
               "the test images' log-likelihood:\n\n$${parzen_window}$$\n\n"
               "**Limits** (the authors say so too): high variance, poor in high dimensions, rewards blurry "
               "coverage over sample quality, not comparable with exact-likelihood models. Later work uses IS and FID."),
    },
    "discussion.heading": {"ko": "토론 질문", "en": "Discussion questions"},
    "discussion.note": {"ko": "모둠별 5분 토론 → 발표. 요약 과제의 7절과 같은 질문입니다.",
                        "en": "5 minutes in groups, then report back. The same questions as §7 of the summary homework."},
    # --- hour 3: the lab -----------------------------------------------------------------------------
    "lab.generator.heading": {"ko": "생성자 G: 노이즈 → 이미지", "en": "The generator G: noise → image"},
    "lab.discriminator.heading": {"ko": "판별자 D: 이미지 → 진짜일 확률", "en": "The discriminator D: image → probability of real"},
    "lab.params": {"ko": "파라미터 {count:,}개 · `N`: 배치 크기 (실습: 64)",
                   "en": "{count:,} parameters · `N`: the batch size (lab: 64)"},
    "lab.loop.heading": {"ko": "`train_step`: D 한 번, 그다음 G 한 번", "en": "`train_step`: one D update, then one G update"},
    "lab.detach.heading": {"ko": "`detach`는 어디에, 왜?", "en": "Where does `detach` go, and why?"},
    "lab.detach.body": {
        "ko": ("- **(1) D 갱신**: `D(fake_imgs.detach())` — D의 손실이 G까지 역전파되지 않게 끊습니다. "
               "끊지 않으면 `d_loss.backward()`가 G의 `.grad`에 **D의 목표**(가짜를 가짜로)를 쌓고, "
               "다음 G 갱신이 그 기울기까지 씁니다.\n"
               "- **(2) G 갱신**: `D(fake_imgs)` — 여기서는 끊지 **않습니다**. G의 기울기는 D를 거쳐야만 옵니다. "
               "방금 갱신된 D로 다시 계산합니다.\n"
               "- `zero_grad()`는 각 갱신 전에: 이전 단계의 기울기가 쌓이지 않게.\n"
               "- 각 옵티마이저는 자기 네트워크만: `opt_d.step()`은 D, `opt_g.step()`은 G.\n"
               "- 자동 채점기는 이 넷을 모두 확인합니다 (`step.detach`, `step.zero_grad`, `step.optimizers`)."),
        "en": ("- **(1) update D**: `D(fake_imgs.detach())` — cut the graph so D's loss does not flow back into G. "
               "Without it, `d_loss.backward()` piles **D's goal** (call fakes fake) into G's `.grad`, and the "
               "next G update uses that gradient too.\n"
               "- **(2) update G**: `D(fake_imgs)` — **no** detach here: G's gradient can only come through D. "
               "It is recomputed through the just-updated D.\n"
               "- `zero_grad()` before each update, so no old gradient piles up.\n"
               "- Each optimizer steps its own network: `opt_d.step()` D, `opt_g.step()` G.\n"
               "- The autograder checks all four (`step.detach`, `step.zero_grad`, `step.optimizers`)."),
    },
    "results.samples.heading": {"ko": "Adam betas: 강의 코드 (0.9, 0.999) vs 키트 (0.5, 0.999)",
                                "en": "Adam betas: lecture (0.9, 0.999) vs kit (0.5, 0.999)"},
    "results.samples.row": {"ko": "{setting} {betas}", "en": "{setting} {betas}"},
    "results.samples.cell": {"ko": "시드 {seed}: 숫자 {classes}종, Parzen {parzen}",
                             "en": "seed {seed}: {classes} digits, Parzen {parzen}"},
    "results.setting.lecture-betas": {"ko": "강의 코드", "en": "lecture"},
    "results.setting.kit-betas": {"ko": "키트", "en": "kit"},
    "results.samples.note": {
        "ko": "전체 MNIST, 10 에폭, 배치 64, lr 2e-4, 10 에폭 뒤 G의 샘플. `bench/reference_runs.py`로 기록한 실행입니다.",
        "en": "Full MNIST, 10 epochs, batch 64, lr 2e-4: G's samples after 10 epochs, from the runs "
              "`bench/reference_runs.py` recorded.",
    },
    "results.saturation.heading": {"ko": "D의 포화: 강의 코드의 betas에서만", "en": "D saturates: only with the lecture's betas"},
    "results.saturation.note": {
        "ko": ("포화: 에폭 평균 g_loss = $-\\log D(G(z))$ > {threshold:g} (D가 가짜를 {share} 아래로 봄). "
               "다음 쪽: 시드 0의 손실 곡선. 자기 실행은 `gankit report RUN`이 그립니다."),
        "en": ("Saturated: an epoch's mean g_loss = $-\\log D(G(z))$ > {threshold:g} (D scores fakes below "
               "{share}). Next page: seed 0's loss curves. `gankit report RUN` draws them for your run."),
    },
    "results.curves.heading": {"ko": "학습 곡선: 강의 코드의 betas에서 D가 이긴다",
                               "en": "Training curves: with the lecture's betas D wins"},
    "results.curves.note": {
        "ko": "시드 {seed}, {date}에 그날의 키트와 torch {torch}로 다시 학습 (한 점 = {bins}단계 평균).",
        "en": "Seed {seed}, retrained {date} (that day's kit, torch {torch}); a point = mean of {bins} steps.",
    },
    "results.curves.differs": {
        "ko": ("표의 이전 실행과 끝 값이 다릅니다 (마지막 에폭 g_loss, 이번 vs 표: {values}): GAN 학습은 혼돈적이라 "
               "torch 빌드·fused Adam의 작은 반올림 차이가 커집니다."),
        "en": ("End values differ from the table's earlier runs (last-epoch g_loss here vs table: {values}): "
               "training is chaotic, tiny rounding differences (torch build, fused Adam) grow."),
    },
    "results.curves.value": {"ko": "{setting} {now} vs {recorded}", "en": "{setting} {now} vs {recorded}"},
    "results.curves.threshold": {"ko": "포화 기준 (g_loss > {threshold:g})", "en": "saturation (g_loss > {threshold:g})"},
    "results.curves.losses": {"ko": "손실", "en": "loss"},
    "results.curves.outputs": {"ko": "D의 출력", "en": "D's output"},
    "results.curves.epoch": {"ko": "에폭", "en": "epoch"},
    "results.chart.g_loss": {"ko": "마지막 에폭 g_loss", "en": "last-epoch g_loss"},
    "results.chart.saturated": {"ko": "포화:\n에폭 {epoch}", "en": "saturated:\nepoch {epoch}"},
    "results.chart.never": {"ko": "포화 없음", "en": "never"},
    "results.chart.threshold": {"ko": "포화 기준", "en": "saturation threshold"},
    "results.chart.seed": {"ko": "시드", "en": "seed"},
    "results.ring.heading": {"ko": "수렴 검사: 8개 가우시안 링", "en": "The convergence check: a ring of 8 Gaussians"},
    "results.ring.note": {
        "ko": ("자동 채점기의 `convergence.ring`: 정답 `train_step`으로 작은 GAN {groups}개를 {steps}단계 학습한 샘플 "
               "(× 모드 중심). 하나라도 8개 모드를 모두 덮으면 통과. 모드 붕괴를 눈으로 확인하세요."),
        "en": ("The autograder's `convergence.ring`: samples of {groups} small GANs trained {steps} steps by the "
               "solution's `train_step` (× mode centres). One GAN covering all 8 modes passes. Look for mode collapse."),
    },
    "results.ring.panel": {"ko": "GAN {n}: 모드 {covered}/8, 적중 {rate}", "en": "GAN {n}: {covered}/8 modes, {rate} hits"},
    "results.table.heading": {"ko": "논문과 비교: Parzen 로그우도와 FID", "en": "Against the paper: Parzen log-likelihood and FID"},
    "results.table.header": {
        "ko": "| | Parzen LL (nats) | FID | 숫자 종류 |\n|---|---|---|---|",
        "en": "| | Parzen LL (nats) | FID | digit classes |\n|---|---|---|---|",
    },
    "results.table.paper": {"ko": "논문의 GAN (표 1)", "en": "the paper's GAN (Table 1)"},
    "results.table.run": {"ko": "{setting} {betas}, 시드 {seeds}", "en": "{setting} {betas}, seeds {seeds}"},
    "results.table.real": {"ko": "실제 MNIST 이미지", "en": "real MNIST images"},
    "results.table.note": {
        "ko": ("같은 Parzen 방식 (샘플 10,000장, 검증 세트로 σ 선택). 우리 MLP는 논문의 모델(maxout, dropout)보다 작고 "
               "10 에폭만 학습합니다. FID는 키트의 작은 MNIST 분류기 특징이라 행끼리만 비교하세요."),
        "en": ("The same Parzen protocol (10,000 samples, σ chosen on a validation set). Our MLP is smaller than the "
               "paper's (maxout, dropout) and trains only 10 epochs. FID uses the kit's small MNIST classifier: "
               "compare rows, not published FIDs."),
    },
    "homework.heading": {"ko": "과제: 다음 강의 전까지", "en": "Homework: before the next lecture"},
    "homework.body": {
        "ko": ("1. **구현**: `assignments/week01_gan/`의 `generator.py`, `discriminator.py`, `train_step.py`의 TODO\n"
               "2. **자체 검사**: `pytest autograder/` — 항목별 점수와 힌트\n"
               "3. **실행과 분석**: `gankit train --out runs/me` → `gankit evaluate runs/me` → `gankit report runs/me`\n"
               "4. **논문 요약**: `paper_summary.md`의 1–8절 (8절: 내 결과와 3–5문장 분석)\n"
               "5. **제출**: `gankit submit --student-id 학번` → 만들어진 `학번.zip`을 이메일로"),
        "en": ("1. **Implement** the TODOs of `generator.py`, `discriminator.py`, `train_step.py` in "
               "`assignments/week01_gan/`\n"
               "2. **Self-check**: `pytest autograder/` — points and a hint per check\n"
               "3. **Run and analyse**: `gankit train --out runs/me` → `gankit evaluate runs/me` → "
               "`gankit report runs/me`\n"
               "4. **Paper summary**: §1–8 of `paper_summary.md` (§8: your results, analysed in 3–5 sentences)\n"
               "5. **Submit**: `gankit submit --student-id ID` → e-mail the `ID.zip` it makes"),
    },
    # --- the command ----------------------------------------------------------------------------------
    "cli.wrote": {"ko": "작성됨: {path}", "en": "wrote {path}"},
    "cli.no_marp": {"ko": "Marp CLI가 없습니다: `make slides-tools`로 ./node_modules에 설치하세요 (npm 필요).",
                    "en": "Marp CLI not found: install it into ./node_modules with `make slides-tools` (needs npm)."},
    "cli.no_browser": {"ko": "Chromium이 없습니다: `apt-get install chromium fonts-noto-cjk` 후 다시 실행하거나 "
                             "CHROME_PATH를 지정하세요.",
                       "en": "Chromium not found: `apt-get install chromium fonts-noto-cjk`, or set CHROME_PATH."},
    "cli.no_font": {"ko": "한글 글꼴 {font}이(가) 없습니다: `apt-get install fonts-noto-cjk`로 설치하세요.",
                    "en": "the Korean font {font} is not installed: `apt-get install fonts-noto-cjk`."},
    "cli.marp_failed": {"ko": "Marp가 실패했습니다 (종료 코드 {code}): {tail}",
                        "en": "Marp failed (exit code {code}): {tail}"},
    "cli.no_table": {"ko": "기록된 기준 결과가 없습니다: {path}. `make reference`로 만드세요 (약 1시간).",
                     "en": "no recorded reference results at {path}: run `make reference` (about an hour)."},
    "cli.bad_table": {"ko": "{path}의 형식이 bench/reference_runs.py가 쓰는 표와 다릅니다 ({err}): "
                            "`python bench/reference_runs.py --table-only`로 다시 쓰세요.",
                      "en": "{path} is not the table bench/reference_runs.py writes ({err}): rewrite it with "
                            "`python bench/reference_runs.py --table-only`."},
    "cli.no_curves": {"ko": "{path}에 손실 곡선 기록이 없습니다 ({missing}): "
                            "`python bench/reference_runs.py --curves-only`로 만드세요.",
                      "en": "{path}: no curve record for {missing}: write them with "
                            "`python bench/reference_runs.py --curves-only`."},
    "cli.bad_curves": {"ko": "{path}의 곡선 기록을 읽을 수 없습니다 ({err}): "
                             "`python bench/reference_runs.py --curves-only`로 다시 쓰세요.",
                       "en": "{path}: a curve record cannot be read ({err}): rewrite them with "
                             "`python bench/reference_runs.py --curves-only`."},
    "cli.no_grids": {"ko": "{path}의 샘플 그림이 없습니다 ({missing}): `python bench/reference_runs.py --table-only`로 "
                           "다시 만드세요.",
                     "en": "{path}: sample grids missing ({missing}): rerun "
                           "`python bench/reference_runs.py --table-only`."},
}

# bench/reference_runs.py's setting names -> the key of their label above
SETTING_KEYS = {"lecture-betas": "results.setting.lecture-betas", "kit-betas": "results.setting.kit-betas"}
