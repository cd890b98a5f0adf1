"""Student-facing text of `gankit evaluate` and `gankit report`, in Korean and English (SPEC §1)."""
from gankit.i18n import current_lang

MESSAGES = {
    "ko": {
        "title": "GAN 실험 결과: {run}",
        "intro": "이 페이지는 `gankit report`가 만들었습니다. paper_summary.md의 \"내 결과\" 절에 붙여 넣을 수 있습니다.",
        "setup": "설정",
        "setup_line": ("배치 {batch_size}, Adam lr {lr}, betas ({beta1}, {beta2}), 잠재 차원 {latent_dim}, "
                       "시드 {seed}, 에폭 {epochs_done}/{epochs}, 학습 이미지 {train_images}장, 장치 {device}"),
        "subset_note": "주의: 전체 MNIST가 없어 키트에 포함된 작은 부분집합으로 학습/평가했습니다. 논문 수치와 비교할 수 없습니다.",
        "time_line": "학습 시간: 에폭당 평균 {per_epoch:.1f}초, 합계 {total:.1f}분",
        "samples": "생성된 샘플 (고정된 z, 에폭마다)",
        "final_samples": "마지막 에폭의 샘플",
        "curves": "손실과 D의 출력",
        "metrics": "평가 지표",
        "metric": "지표",
        "model": "내 모델",
        "real": "실제 MNIST",
        "paper": "논문 (GAN)",
        "parzen": "Parzen 창 로그우도 (nats, 높을수록 좋음)",
        "fid": "FID (분류기 특징, 낮을수록 좋음)",
        "is": "Inception 방식 점수 (1~10, 높을수록 좋음)",
        "classes": "나타난 숫자 클래스 수 (/10)",
        "nn": "가장 가까운 학습 이미지까지 거리 (중앙값)",
        "classifier_line": "분류기 테스트 정확도 {acc:.1%} (키트가 한 번 학습해 캐시에 저장).",
        "parzen_note": ("Parzen 추정은 논문과 같은 방식입니다: 샘플 {samples}장에 가우시안 창을 맞추고, 검증 이미지 {valid}장으로 "
                        "σ={sigma:.3f}를 고른 뒤 테스트 이미지 {test}장에서 평균 ± 표준오차를 잽니다. 화소 범위는 논문처럼 [0, 1]입니다."),
        "histogram": "숫자 클래스 분포 (분류기 예측)",
        "nearest": "샘플(위)과 가장 가까운 학습 이미지(아래)",
        "analysis": "자동 분석",
        "no_metrics": "평가 지표가 없습니다. 먼저 `gankit evaluate {run}`를 실행하세요.",
        "ok_mode": "모드 붕괴 없음: {covered}개 클래스가 모두 나타납니다.",
        "partial_mode": "부분적 모드 붕괴: {covered}개 클래스만 나타납니다 (빠진 숫자: {missing}).",
        "collapse": "심한 모드 붕괴: {covered}개 클래스만 나타납니다 (빠진 숫자: {missing}).",
        "skewed": "한 클래스(숫자 {digit})가 샘플의 {share:.0%}를 차지합니다 (고르게 나오면 10%).",
        "d_saturated": ("D가 에폭 {epoch}부터 포화되었습니다 (마지막 에폭 G 손실 = {g_loss:.1f}: 보통 D(G(z)) ≈ {dgz:.0e}). "
                        "D(G(z))가 1e-12 아래로 내려가면 Sigmoid 다음의 BCELoss(1e-12에서 값을 자름)가 G의 기울기를 "
                        "D(G(z))/1e-12 배로 줄여 G가 더 배우지 못합니다 (D의 로짓에 BCEWithLogitsLoss를 쓰면 그렇지 않습니다). "
                        "Adam betas (0.5, 0.999)로 다시 학습해 보세요."),
        "d_healthy": "D는 포화되지 않았습니다: 마지막 에폭 평균 D(x) = {dx:.2f}, D(G(z)) = {dgz:.2f}.",
        "memorised": "경고: 샘플이 학습 이미지와 매우 가깝습니다 (중앙값 거리 {model:.2f}, 실제 테스트 이미지는 {real:.2f}). 암기일 수 있습니다.",
        "not_memorised": "암기 징후 없음: 샘플과 가장 가까운 학습 이미지의 거리 중앙값 {model:.2f} (실제 테스트 이미지 {real:.2f}).",
        "parzen_vs_paper": "Parzen 로그우도 {model:.0f} ± {sem:.0f}: 논문의 GAN {paper:.0f} ± {paper_sem:.0f}, 실제 MNIST {real:.0f}.",
        "written": "작성됨: {path}",
        "eval_done": "평가 결과를 {path}에 저장했습니다. 다음: gankit report {run}",
    },
    "en": {
        "title": "GAN results: {run}",
        "intro": "Written by `gankit report`; attach it to the \"my results\" section of paper_summary.md.",
        "setup": "Setup",
        "setup_line": ("batch {batch_size}, Adam lr {lr}, betas ({beta1}, {beta2}), latent {latent_dim}, "
                       "seed {seed}, epochs {epochs_done}/{epochs}, {train_images} training images, device {device}"),
        "subset_note": ("Note: full MNIST was not found, so this run used the small subset bundled with the kit; "
                        "its numbers are not comparable with the paper's."),
        "time_line": "Training time: {per_epoch:.1f} s per epoch on average, {total:.1f} min in total",
        "samples": "Samples (fixed z, after every epoch)",
        "final_samples": "Samples after the last epoch",
        "curves": "Losses and D's outputs",
        "metrics": "Metrics",
        "metric": "metric",
        "model": "my model",
        "real": "real MNIST",
        "paper": "paper (GAN)",
        "parzen": "Parzen-window log-likelihood (nats, higher is better)",
        "fid": "FID (classifier features, lower is better)",
        "is": "Inception-style score (1..10, higher is better)",
        "classes": "digit classes present (/10)",
        "nn": "distance to the nearest training image (median)",
        "classifier_line": "Classifier test accuracy {acc:.1%} (trained once by the kit and cached).",
        "parzen_note": ("Parzen estimate as in the paper: a Gaussian window on {samples} samples, σ={sigma:.3f} chosen "
                        "on {valid} validation images, mean ± standard error over {test} test images; pixels in [0, 1] "
                        "as in the paper."),
        "histogram": "Digit classes (classifier's predictions)",
        "nearest": "Samples (top) and their nearest training images (bottom)",
        "analysis": "Automatic analysis",
        "no_metrics": "No metrics yet: run `gankit evaluate {run}` first.",
        "ok_mode": "No mode collapse: all {covered} digit classes appear.",
        "partial_mode": "Partial mode collapse: only {covered} of 10 digit classes appear (missing: {missing}).",
        "collapse": "Severe mode collapse: only {covered} of 10 digit classes appear (missing: {missing}).",
        "skewed": "One class (digit {digit}) takes {share:.0%} of the samples (an even share is 10%).",
        "d_saturated": ("D saturated from epoch {epoch} (last epoch g_loss = {g_loss:.1f}: typically D(G(z)) ≈ {dgz:.0e}). Once "
                        "D(G(z)) drops below 1e-12, Sigmoid followed by BCELoss (which clamps at 1e-12) shrinks G's "
                        "gradient by D(G(z))/1e-12 and G stops learning (BCEWithLogitsLoss on D's logits would not). "
                        "Try Adam betas (0.5, 0.999)."),
        "d_healthy": "D did not saturate: last-epoch mean D(x) = {dx:.2f}, D(G(z)) = {dgz:.2f}.",
        "memorised": ("Warning: samples are very close to training images (median distance {model:.2f}, real test "
                      "images {real:.2f}): possible memorisation."),
        "not_memorised": ("No sign of memorisation: median distance to the nearest training image {model:.2f} "
                          "(real test images {real:.2f})."),
        "parzen_vs_paper": "Parzen log-likelihood {model:.0f} ± {sem:.0f}: the paper's GAN {paper:.0f} ± {paper_sem:.0f}, real MNIST {real:.0f}.",
        "written": "written: {path}",
        "eval_done": "metrics saved in {path}. Next: gankit report {run}",
    },
}


def messages(lang: str = None) -> dict:
    """The message table for --lang / $GANKIT_LANG (Korean by default)."""
    return MESSAGES[current_lang(lang)]
