"""The theory block (SPEC §1, hour 1) as short readings and a multiple-choice quiz, in Korean and English.

Instructor-side source of the notebook's Part 1: the answer key below reaches the notebook only
inside hidden tests, and the notebook's test cells never import this module, so a student copy of
the kit can leave this file out.
"""
from dataclasses import dataclass

POINTS_PER_QUESTION = 2  # 5 questions: 10 of the notebook's 150 points


@dataclass(frozen=True)
class Reading:
    title: tuple  # (ko, en)
    body: tuple  # (ko, en) markdown


@dataclass(frozen=True)
class Question:
    id: str  # "q1": the student sets answer_q1 = "a" ... "d"
    reading: int  # 1-based index of the reading it checks
    text: tuple  # (ko, en)
    options: tuple  # four (ko, en) pairs, for "a" ... "d"
    answer: str  # the right letter (instructor only)


READINGS = (
    Reading(
        ("생성 모델과 판별 모델", "Generative and discriminative models"),
        ("판별 모델은 입력 $x$가 주어졌을 때 레이블의 분포 $p(y \\mid x)$, 또는 결정 경계만을 배웁니다 "
         "(로지스틱 회귀, SVM). 생성 모델은 데이터 자체의 분포 $p(x)$ (또는 $p(x, y)$)를 배우므로, "
         "그 분포에서 **새로운 데이터를 샘플링**할 수 있습니다 (GMM, HMM, VAE, GAN).",
         "A discriminative model learns the distribution of labels given the input, $p(y \\mid x)$, or just a "
         "decision boundary (logistic regression, SVMs). A generative model learns the distribution of the data "
         "itself, $p(x)$ (or $p(x, y)$), so it can **sample new data** from it (GMMs, HMMs, VAEs, GANs)."),
    ),
    Reading(
        ("짧은 역사", "A short history"),
        ("초기 생성 모델은 가우시안 혼합 모델(GMM)과 은닉 마르코프 모델(HMM)처럼 확률 분포를 직접 적어 "
         "정의했습니다. 딥러닝과 함께 변분 오토인코더(VAE, Kingma & Welling, 2013)와 생성적 적대 신경망"
         "(GAN, Goodfellow et al., 2014)이 나왔습니다. 생성 모델은 이미지, 텍스트, 음성, 음악 생성과 "
         "데이터 증강에 쓰입니다.",
         "Early generative models wrote the density down explicitly: Gaussian mixture models (GMM) and hidden "
         "Markov models (HMM). Deep learning brought the variational autoencoder (VAE, Kingma & Welling, 2013) "
         "and the generative adversarial network (GAN, Goodfellow et al., 2014). Generative models make images, "
         "text, speech and music, and augment training data."),
    ),
    Reading(
        ("네 가지 모델 계열", "Four families of deep generative models"),
        ("- **VAE**: 인코더가 데이터를 잠재 공간으로 압축하고 디코더가 복원합니다. 잠재 공간에서 샘플링과 "
         "보간이 쉽지만 샘플이 흐릿하기 쉽습니다.\n"
         "- **GAN**: 생성자 G가 노이즈에서 샘플을 만들고 판별자 D가 진짜와 가짜를 구분하는 minimax 게임입니다. "
         "샘플이 선명하지만 학습이 불안정하고(모드 붕괴), 우도(likelihood)를 주지 않습니다.\n"
         "- **자기회귀 모델** (PixelRNN, PixelCNN): 픽셀을 하나씩, 앞의 픽셀들에 조건부로 생성합니다. "
         "정확한 우도를 주지만 샘플링이 느립니다.\n"
         "- **플로우 기반 모델** (RealNVP, Glow): 가역 변환을 쌓아 간단한 분포를 데이터 분포로 바꿉니다. "
         "변수 변환 공식으로 정확한 우도를 계산합니다.",
         "- **VAE**: an encoder compresses data into a latent space and a decoder reconstructs it. Easy to "
         "sample and interpolate in the latent space, but samples tend to be blurry.\n"
         "- **GAN**: a generator G makes samples from noise and a discriminator D tells real from fake, a "
         "minimax game. Sharp samples, but unstable training (mode collapse) and no likelihood.\n"
         "- **Autoregressive models** (PixelRNN, PixelCNN): generate one pixel at a time, each conditioned on "
         "the pixels before it. Exact likelihood, slow sampling.\n"
         "- **Flow-based models** (RealNVP, Glow): stack invertible maps that turn a simple distribution into "
         "the data distribution. Exact likelihood through the change-of-variables formula."),
    ),
)

QUESTIONS = (
    Question(
        "q1", 1,
        ("다음 중 생성 모델만으로 이루어진 것은?", "Which list contains only generative models?"),
        (("로지스틱 회귀, SVM", "logistic regression, SVM"),
         ("GMM, HMM, VAE, GAN", "GMM, HMM, VAE, GAN"),
         ("SVM, GAN", "SVM, GAN"),
         ("로지스틱 회귀, HMM", "logistic regression, HMM")),
        "b",
    ),
    Question(
        "q2", 1,
        ("생성 모델은 할 수 있지만 판별 모델은 할 수 없는 것은?",
         "What can a generative model do that a discriminative model cannot?"),
        (("학습한 데이터 분포에서 새 데이터를 샘플링한다", "sample new data from the learned data distribution"),
         ("입력의 레이블을 예측한다", "predict the label of an input"),
         ("두 클래스 사이의 결정 경계를 배운다", "learn a decision boundary between two classes"),
         ("경사 하강법으로 학습한다", "train with gradient descent")),
        "a",
    ),
    Question(
        "q3", 3,
        ("인코더로 데이터를 잠재 공간에 압축하고 디코더로 복원하는 것으로 알려진 계열은?",
         "Which family is known for compressing data into a latent space with an encoder and reconstructing it "
         "with a decoder?"),
        (("GAN", "GAN"), ("PixelCNN (자기회귀)", "PixelCNN (autoregressive)"), ("VAE", "VAE"),
         ("Glow (플로우)", "Glow (flow)")),
        "c",
    ),
    Question(
        "q4", 3,
        ("생성자와 판별자의 minimax 게임으로 학습하며, 샘플은 선명하지만 학습이 불안정한 것으로 알려진 계열은?",
         "Which family trains a generator against a discriminator in a minimax game, and is known for sharp "
         "samples but unstable training?"),
        (("VAE", "VAE"), ("RealNVP (플로우)", "RealNVP (flow)"), ("PixelRNN (자기회귀)", "PixelRNN (autoregressive)"),
         ("GAN", "GAN")),
        "d",
    ),
    Question(
        "q5", 3,
        ("가역 변환과 변수 변환 공식으로 정확한 우도를 계산하는 것으로 알려진 계열은?",
         "Which family computes an exact likelihood through invertible maps and the change-of-variables formula?"),
        (("GAN", "GAN"), ("RealNVP, Glow (플로우)", "RealNVP, Glow (flow)"), ("VAE", "VAE"),
         ("GMM", "GMM")),
        "b",
    ),
)
