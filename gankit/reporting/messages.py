"""Student-facing text of `gankit evaluate` and `gankit report`, in Korean and English (SPEC §1)."""
from functools import partial

from gankit.i18n import current_lang, say

MESSAGES = {
    "title": {"ko": "GAN 실험 결과: {run}", "en": "GAN results: {run}"},
    "intro": {
        "ko": '이 페이지는 `gankit report`가 만들었습니다. paper_summary.md의 "내 결과" 절에 붙여 넣을 수 있습니다.',
        "en": 'Written by `gankit report`; attach it to the "my results" section of paper_summary.md.',
    },
    "setup": {"ko": "설정", "en": "Setup"},
    "setup_line": {
        "ko": ("배치 {batch_size}, Adam lr {lr}, betas ({beta1}, {beta2}), 잠재 차원 {latent_dim}, 시드 {seed}, 에폭 "
               "{epochs_done}/{epochs}, 학습 이미지 {train_images}장, 장치 {device}"),
        "en": ("batch {batch_size}, Adam lr {lr}, betas ({beta1}, {beta2}), latent {latent_dim}, seed {seed}, epochs "
               "{epochs_done}/{epochs}, {train_images} training images, device {device}"),
    },
    "subset_note": {
        "ko": "주의: 전체 MNIST가 없어 키트에 포함된 작은 부분집합으로 학습/평가했습니다. 논문 수치와 비교할 수 없습니다.",
        "en": ("Note: full MNIST was not found, so this run used the small subset bundled with the kit; its numbers "
               "are not comparable with the paper's."),
    },
    "time_line": {
        "ko": "학습 시간: 에폭당 평균 {per_epoch:.1f}초, 합계 {total:.1f}분",
        "en": "Training time: {per_epoch:.1f} s per epoch on average, {total:.1f} min in total",
    },
    "samples": {"ko": "생성된 샘플 (고정된 z, 에폭마다)", "en": "Samples (fixed z, after every epoch)"},
    "final_samples": {"ko": "마지막 에폭의 샘플", "en": "Samples after the last epoch"},
    "curves": {"ko": "손실과 D의 출력", "en": "Losses and D's outputs"},
    "metrics": {"ko": "평가 지표", "en": "Metrics"},
    "metric": {"ko": "지표", "en": "metric"},
    "model": {"ko": "내 모델", "en": "my model"},
    "real": {"ko": "실제 MNIST", "en": "real MNIST"},
    "paper": {"ko": "논문 (GAN)", "en": "paper (GAN)"},
    "parzen": {"ko": "Parzen 창 로그우도 (nats, 높을수록 좋음)", "en": "Parzen-window log-likelihood (nats, higher is better)"},
    "fid": {"ko": "FID (분류기 특징, 낮을수록 좋음)", "en": "FID (classifier features, lower is better)"},
    "is": {"ko": "Inception 방식 점수 (1~10, 높을수록 좋음)", "en": "Inception-style score (1..10, higher is better)"},
    "classes": {"ko": "나타난 숫자 클래스 수 (/10)", "en": "digit classes present (/10)"},
    "nn": {"ko": "가장 가까운 학습 이미지까지 거리 (중앙값)", "en": "distance to the nearest training image (median)"},
    "classifier_line": {
        "ko": "분류기 테스트 정확도 {acc:.1%} (키트가 한 번 학습해 캐시에 저장).",
        "en": "Classifier test accuracy {acc:.1%} (trained once by the kit and cached).",
    },
    "parzen_note": {
        "ko": ("Parzen 추정은 논문과 같은 방식입니다: 샘플 {samples}장에 가우시안 창을 맞추고, 검증 이미지 {valid}장으로 σ={sigma:.3f}를 고른 뒤 테스트 이미지 "
               "{test}장에서 평균 ± 표준오차를 잽니다. 화소 범위는 논문처럼 [0, 1]입니다."),
        "en": ("Parzen estimate as in the paper: a Gaussian window on {samples} samples, σ={sigma:.3f} chosen on "
               "{valid} validation images, mean ± standard error over {test} test images; pixels in [0, 1] as in the "
               "paper."),
    },
    "histogram": {"ko": "숫자 클래스 분포 (분류기 예측)", "en": "Digit classes (classifier's predictions)"},
    "nearest": {"ko": "샘플(위)과 가장 가까운 학습 이미지(아래)", "en": "Samples (top) and their nearest training images (bottom)"},
    "analysis": {"ko": "자동 분석", "en": "Automatic analysis"},
    "no_metrics": {
        "ko": "평가 지표가 없습니다. 먼저 `gankit evaluate {run}`를 실행하세요.",
        "en": "No metrics yet: run `gankit evaluate {run}` first.",
    },
    "ok_mode": {
        "ko": "모드 붕괴 없음: {covered}개 클래스가 모두 나타납니다.",
        "en": "No mode collapse: all {covered} digit classes appear.",
    },
    "partial_mode": {
        "ko": "부분적 모드 붕괴: {covered}개 클래스만 나타납니다 (빠진 숫자: {missing}).",
        "en": "Partial mode collapse: only {covered} of 10 digit classes appear (missing: {missing}).",
    },
    "collapse": {
        "ko": "심한 모드 붕괴: {covered}개 클래스만 나타납니다 (빠진 숫자: {missing}).",
        "en": "Severe mode collapse: only {covered} of 10 digit classes appear (missing: {missing}).",
    },
    "skewed": {
        "ko": "한 클래스(숫자 {digit})가 샘플의 {share:.0%}를 차지합니다 (고르게 나오면 10%).",
        "en": "One class (digit {digit}) takes {share:.0%} of the samples (an even share is 10%).",
    },
    "d_saturated": {
        "ko": ("D가 에폭 {epoch}부터 포화되었습니다 (마지막 에폭 G 손실 = {g_loss:.1f}: 보통 D(G(z)) ≈ {dgz:.0e}). D(G(z))가 1e-12 아래로 내려가면 "
               "Sigmoid 다음의 BCELoss(1e-12에서 값을 자름)가 G의 기울기를 D(G(z))/1e-12 배로 줄여 G가 더 배우지 못합니다 (D의 로짓에 "
               "BCEWithLogitsLoss를 쓰면 그렇지 않습니다). Adam betas (0.5, 0.999)로 다시 학습해 보세요."),
        "en": ("D saturated from epoch {epoch} (last epoch g_loss = {g_loss:.1f}: typically D(G(z)) ≈ {dgz:.0e}). "
               "Once D(G(z)) drops below 1e-12, Sigmoid followed by BCELoss (which clamps at 1e-12) shrinks G's "
               "gradient by D(G(z))/1e-12 and G stops learning (BCEWithLogitsLoss on D's logits would not). Try Adam "
               "betas (0.5, 0.999)."),
    },
    "d_healthy": {
        "ko": "D는 포화되지 않았습니다: 마지막 에폭 평균 D(x) = {dx:.2f}, D(G(z)) = {dgz:.2f}.",
        "en": "D did not saturate: last-epoch mean D(x) = {dx:.2f}, D(G(z)) = {dgz:.2f}.",
    },
    "memorised": {
        "ko": "경고: 샘플이 학습 이미지와 매우 가깝습니다 (중앙값 거리 {model:.2f}, 실제 테스트 이미지는 {real:.2f}). 암기일 수 있습니다.",
        "en": ("Warning: samples are very close to training images (median distance {model:.2f}, real test images "
               "{real:.2f}): possible memorisation."),
    },
    "not_memorised": {
        "ko": "암기 징후 없음: 샘플과 가장 가까운 학습 이미지의 거리 중앙값 {model:.2f} (실제 테스트 이미지 {real:.2f}).",
        "en": ("No sign of memorisation: median distance to the nearest training image {model:.2f} (real test images "
               "{real:.2f})."),
    },
    "parzen_vs_paper": {
        "ko": "Parzen 로그우도 {model:.0f} ± {sem:.0f}: 논문의 GAN {paper:.0f} ± {paper_sem:.0f}, 실제 MNIST {real:.0f}.",
        "en": ("Parzen log-likelihood {model:.0f} ± {sem:.0f}: the paper's GAN {paper:.0f} ± {paper_sem:.0f}, real "
               "MNIST {real:.0f}."),
    },
    "written": {"ko": "작성됨: {path}", "en": "written: {path}"},
    "eval_done": {
        "ko": "평가 결과를 {path}에 저장했습니다. 다음: gankit report {run}",
        "en": "metrics saved in {path}. Next: gankit report {run}",
    },
}


def messages(lang: str = None):
    """t(key, **params): MESSAGES[key] in --lang / $GANKIT_LANG (Korean by default), filled."""
    return partial(say, MESSAGES, lang=current_lang(lang))
