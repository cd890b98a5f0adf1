"""Every feedback text of the autograder, in Korean and English. Message text is API: tests and
the nbgrader notebook rely on these keys, so change wording here and nowhere else.

The layout of every text table in the kit (gankit.i18n): a key written out in full -> {"ko": ..., "en": ...}.
A check message's side is a tuple (checked, expected, found, hint); `{name}` fields are filled by the judge.
"""

LABELS = {  # the four parts of a check message
    "checked": {"ko": "확인한 것", "en": "checked"},
    "expected": {"ko": "기대한 것", "en": "expected"},
    "found": {"ko": "실제", "en": "found"},
    "hint": {"ko": "힌트", "en": "hint"},
}

ONE_LINE = {  # verdicts shown as one line instead of four parts
    "error.not_implemented": {"ko": "아직 구현되지 않음: {name}", "en": "not implemented yet: {name}"},
}

TITLES = {  # check id -> what the check is about (summary table, Gradescope test names)
    "generator.layers": {"ko": "G: Linear 층 크기와 파라미터 수", "en": "G: Linear layer sizes and parameter count"},
    "generator.activations": {"ko": "G: 층 사이 ReLU, 마지막 Tanh", "en": "G: ReLU between layers, Tanh at the end"},
    "generator.output": {"ko": "G: 출력 모양, dtype, 범위 [-1, 1]", "en": "G: output shape, dtype and range [-1, 1]"},
    "generator.function": {"ko": "G: 정답과 같은 함수", "en": "G: same function as the reference"},
    "discriminator.layers": {"ko": "D: Linear 층 크기와 파라미터 수", "en": "D: Linear layer sizes and parameter count"},
    "discriminator.activations": {
        "ko": "D: 층 사이 LeakyReLU(0.2), 마지막 Sigmoid",
        "en": "D: LeakyReLU(0.2) between layers, Sigmoid at the end",
    },
    "discriminator.output": {
        "ko": "D: 출력 모양 (N, 1), dtype, 범위 (0, 1)",
        "en": "D: output shape (N, 1), dtype and range (0, 1)",
    },
    "discriminator.function": {"ko": "D: 정답과 같은 함수", "en": "D: same function as the reference"},
    "losses.discriminator": {"ko": "discriminator_loss: 값과 기울기", "en": "discriminator_loss: values and gradients"},
    "losses.generator": {
        "ko": "generator_loss: 비포화 손실의 값과 기울기",
        "en": "generator_loss: non-saturating values and gradients",
    },
    "step.returns": {
        "ko": "train_step이 (d_loss, g_loss)를 float로 반환",
        "en": "train_step returns (d_loss, g_loss) as floats",
    },
    "step.optimizers": {
        "ko": "train_step: opt_d로 D, 그다음 opt_g로 G 갱신",
        "en": "train_step: opt_d steps D, then opt_g steps G",
    },
    "step.detach": {
        "ko": "train_step: D 갱신 중 G로 기울기가 가지 않음",
        "en": "train_step: no gradient reaches G during D's update",
    },
    "step.zero_grad": {
        "ko": "train_step: backward 전에 기울기 초기화",
        "en": "train_step: gradients are zeroed before each backward",
    },
    "step.uses_z": {"ko": "train_step: 주어진 z로 G를 실행", "en": "train_step: G is run on the given z"},
    "step.direction": {
        "ko": "train_step: D 갱신은 D를 개선, G 갱신은 D(G(z))를 높임",
        "en": "train_step: D's step improves D, G's step raises D(G(z))",
    },
    "step.trajectory": {
        "ko": "train_step: 3번의 갱신이 정답과 정확히 일치",
        "en": "train_step: 3 steps match the reference exactly",
    },
    "convergence.ring": {
        "ko": "train_step으로 GAN 학습: 8개 모드 모두 생성",
        "en": "train_step trains a GAN: 8-mode ring covered",
    },
}

MESSAGES = {
    # ---- loading and running student code ----
    "error.missing_file": {
        "ko": ("{check}", "제출 폴더에 {name} 파일", "파일이 없음",
               "뼈대 코드의 파일 이름을 그대로 쓰세요: generator.py, discriminator.py, train_step.py"),
        "en": ("{check}", "the file {name} in your submission folder", "no such file",
               "keep the file names of the skeleton: generator.py, discriminator.py, train_step.py"),
    },
    "error.missing_name": {
        "ko": ("{check}", "파일 안에 {name} 정의", "정의되어 있지 않음", "뼈대 코드의 클래스/함수 이름을 바꾸지 마세요; 노트북이라면 그 셀을 먼저 실행하세요"),
        "en": ("{check}", "{name} defined in your file", "it is not defined",
               "keep the class and function names of the skeleton; in a notebook, run the cell that defines it first"),
    },
    "error.import_error": {
        "ko": ("{check}", "파일이 오류 없이 import 됨", "{type}: {message} ({where})",
               "`python {file}`을 실행해 오류를 보고, 표시된 줄을 고치세요"),
        "en": ("{check}", "your file imports without errors", "{type}: {message} ({where})",
               "run `python {file}` to see the error; fix the line it names"),
    },
    "error.exception": {
        "ko": ("{check}", "코드가 오류 없이 실행됨", "{type}: {message} ({where})", "{hint}"),
        "en": ("{check}", "your code runs without errors", "{type}: {message} ({where})", "{hint}"),
    },
    "error.timeout": {
        "ko": ("{check}", "{seconds}초 안에 실행 완료", "{seconds}초가 지나도 끝나지 않아 중단함",
               "무한 루프나 __init__/forward/train_step 안에서 학습을 돌리는 코드가 없는지 보세요"),
        "en": ("{check}", "your code finishes within {seconds} s", "still running after {seconds} s (stopped)",
               "look for an endless loop, or for training inside __init__/forward/train_step"),
    },
    "error.exit": {
        "ko": ("{check}", "코드가 정상적으로 반환", "exit() / sys.exit() 를 호출함 (code {code})",
               "파일에서 exit(), sys.exit(), os._exit() 호출을 지우세요"),
        "en": ("{check}", "your code returns normally", "it called exit() / sys.exit() (code {code})",
               "remove exit(), sys.exit() and os._exit() calls from your files"),
    },
    "error.bad_data": {
        "ko": ("{check}", "코드에서 나온 평범한 숫자", "{detail}", "일반 텐서와 파이썬 float를 반환하세요; 직접 만든 객체를 반환하지 마세요"),
        "en": ("{check}", "plain numbers from your code", "{detail}",
               "return ordinary tensors and Python floats; do not return custom objects"),
    },
    # ---- G and D: layers ----
    "g.layer_count": {
        "ko": ("G가 호출하는 nn.Linear 층 (순서대로)", "Linear 층 {want}개", "{got}개: {layers}",
               "G는 Linear(latent_dim,256), ReLU, Linear(256,512), ReLU, Linear(512,1024), ReLU, Linear(1024,C*H*W), "
               "Tanh"),
        "en": ("the nn.Linear layers G calls, in order", "{want} Linear layers", "{got}: {layers}",
               "G is Linear(latent_dim,256), ReLU, Linear(256,512), ReLU, Linear(512,1024), ReLU, "
               "Linear(1024,C*H*W), Tanh"),
    },
    "d.layer_count": {
        "ko": ("D가 호출하는 nn.Linear 층 (순서대로)", "Linear 층 {want}개", "{got}개: {layers}",
               "D는 Linear(C*H*W,1024), LeakyReLU(0.2), Linear(1024,512), LeakyReLU(0.2), Linear(512,256), "
               "LeakyReLU(0.2), Linear(256,1), Sigmoid"),
        "en": ("the nn.Linear layers D calls, in order", "{want} Linear layers", "{got}: {layers}",
               "D is Linear(C*H*W,1024), LeakyReLU(0.2), Linear(1024,512), LeakyReLU(0.2), Linear(512,256), "
               "LeakyReLU(0.2), Linear(256,1), Sigmoid"),
    },
    "g.layer_size": {
        "ko": ("G의 {i}번째 Linear 층 크기", "{want}", "{got}", "G는 256 → 512 → 1024로 넓어진 뒤 MNIST 기준 C*H*W = 784개 값을 출력합니다"),
        "en": ("the size of G's Linear layer #{i}", "{want}", "{got}",
               "G widens 256 → 512 → 1024, then outputs C*H*W = 784 values for MNIST"),
    },
    "d.layer_size": {
        "ko": ("D의 {i}번째 Linear 층 크기", "{want}", "{got}", "D는 C*H*W = 784 → 1024 → 512 → 256 → 1 로 좁아집니다"),
        "en": ("the size of D's Linear layer #{i}", "{want}", "{got}", "D narrows C*H*W = 784 → 1024 → 512 → 256 → 1"),
    },
    "mlp.param_count": {
        "ko": ("{net}()의 파라미터 수", "{want}", "{got}", "모든 Linear는 bias를 가집니다 (기본값 bias=True). 다른 층을 추가하지 마세요"),
        "en": ("the number of parameters of {net}()", "{want}", "{got}",
               "every Linear keeps its bias (bias=True, the default) and there are no extra layers"),
    },
    "g.ignores_args": {
        "ko": ("Generator({args})가 인자를 사용하는지", "{want}", "{got}",
               "층 크기를 100, 784가 아니라 latent_dim과 math.prod(img_shape)로 만드세요"),
        "en": ("Generator({args}) uses its arguments", "{want}", "{got}",
               "build the layers from latent_dim and math.prod(img_shape), not from 100 and 784"),
    },
    "d.ignores_args": {
        "ko": ("Discriminator({args})가 인자를 사용하는지", "{want}", "{got}",
               "첫 층의 입력 크기를 784가 아니라 math.prod(img_shape)로 만드세요"),
        "en": ("Discriminator({args}) uses its argument", "{want}", "{got}",
               "build the first layer from math.prod(img_shape), not from 784"),
    },
    # ---- G and D: activations ----
    "mlp.acts_need_layers": {
        "ko": ("{net}의 활성화 함수", "사이를 검사할 Linear 층 4개", "Linear 층 개수가 다름",
               "먼저 층 검사를 통과하세요; 활성화 함수는 Linear 층 사이에서 검사합니다"),
        "en": ("the activations of {net}", "4 Linear layers to look between", "a different number of Linear layers",
               "fix the layers check first; activations are checked between Linear layers"),
    },
    "g.hidden_act": {
        "ko": ("G의 {i}번째 Linear 층 뒤 활성화 함수", "{want}", "{got}", "G는 Linear 층 사이에 nn.ReLU() (또는 F.relu)를 씁니다"),
        "en": ("the activation after G's Linear layer #{i}", "{want}", "{got}",
               "G uses nn.ReLU() (or F.relu) between its Linear layers"),
    },
    "g.last_act": {
        "ko": ("G 마지막 활성화 함수", "{want}", "{got}", "G는 nn.Tanh()로 끝나야 합니다: 진짜 이미지가 [-1, 1]로 정규화되어 있습니다"),
        "en": ("the activation at the end of G", "{want}", "{got}",
               "end G with nn.Tanh(): the real images are normalised to [-1, 1]"),
    },
    "d.hidden_act": {
        "ko": ("D의 {i}번째 Linear 층 뒤 활성화 함수", "{want}", "{got}",
               "D는 Linear 층 사이에 nn.LeakyReLU(0.2)를 씁니다 (기울기 0.2, 기본값 0.01 아님)"),
        "en": ("the activation after D's Linear layer #{i}", "{want}", "{got}",
               "D uses nn.LeakyReLU(0.2) between its Linear layers (the slope is 0.2, not the default 0.01)"),
    },
    "d.last_act": {
        "ko": ("D 마지막 활성화 함수", "{want}", "{got}", "D는 nn.Sigmoid()로 끝나야 합니다: nn.BCELoss는 (0, 1) 사이 확률이 필요합니다"),
        "en": ("the activation at the end of D", "{want}", "{got}",
               "end D with nn.Sigmoid(): nn.BCELoss needs probabilities in (0, 1)"),
    },
    "d.slope": {
        "ko": ("D의 {i}번째 Linear 뒤 LeakyReLU 음수 기울기", "{want}", "{got}",
               "nn.LeakyReLU(0.2)로 쓰세요; nn.LeakyReLU()만 쓰면 기울기가 0.01입니다"),
        "en": ("the negative slope of D's LeakyReLU after Linear #{i}", "{want}", "{got}",
               "write nn.LeakyReLU(0.2); nn.LeakyReLU() alone uses slope 0.01"),
    },
    # ---- G and D: outputs ----
    "mlp.not_tensor": {
        "ko": ("{net}.forward의 반환값", "torch.Tensor", "{got}", "리스트/튜플/숫자가 아니라 텐서를 그대로 반환하세요"),
        "en": ("what {net}.forward returns", "a torch.Tensor", "{got}",
               "return the tensor itself, not a list, tuple or number"),
    },
    "g.out_shape": {
        "ko": ("z 모양이 (16, 100)일 때 G(z)의 모양", "{want}", "{got}",
               "마지막 층의 (N, C*H*W) 출력을 바꾸세요: x.view(z.size(0), *self.img_shape)"),
        "en": ("the shape of G(z) for z of shape (16, 100)", "{want}", "{got}",
               "reshape the last layer's (N, C*H*W) output: x.view(z.size(0), *self.img_shape)"),
    },
    "d.out_shape": {
        "ko": ("x 모양이 (16, 1, 28, 28)일 때 D(x)의 모양", "{want}", "{got}",
               "먼저 펼치고 (img.view(img.size(0), -1)) 마지막 Linear의 (N, 1) 출력을 그대로 두세요"),
        "en": ("the shape of D(x) for x of shape (16, 1, 28, 28)", "{want}", "{got}",
               "flatten first (img.view(img.size(0), -1)) and keep the last Linear's (N, 1) output"),
    },
    "mlp.dtype": {
        "ko": ("{net} 출력의 dtype", "{want}", "{got}", "기본 float32를 유지하세요; .double()이나 .half()를 쓰지 마세요"),
        "en": ("the dtype of {net}'s output", "{want}", "{got}",
               "keep the default float32; do not call .double() or .half()"),
    },
    "mlp.not_finite": {
        "ko": ("{net} 출력 값", "유한한 수", "NaN 또는 inf", "forward에 나눗셈이나 log가 있는지 보세요; 정답은 Linear와 활성화 함수만 씁니다"),
        "en": ("the values of {net}'s output", "finite numbers", "NaN or inf",
               "look for a division or log in forward; the reference uses only Linear layers and activations"),
    },
    "g.out_range": {
        "ko": ("G(z) 값의 범위", "모든 값이 [-1, 1] 안", "{lo} ~ {hi}", "G를 nn.Tanh()로 끝내 정규화된 MNIST 이미지와 같은 범위에 두세요"),
        "en": ("the range of G(z)", "every value in [-1, 1]", "values from {lo} to {hi}",
               "end G with nn.Tanh() so its images live where the normalised MNIST images do"),
    },
    "d.out_range": {
        "ko": ("D(x) 값의 범위", "모든 값이 (0, 1) 안: 확률", "{lo} ~ {hi}", "D를 nn.Sigmoid()로 끝내세요"),
        "en": ("the range of D(x)", "every value in (0, 1): a probability", "values from {lo} to {hi}",
               "end D with nn.Sigmoid()"),
    },
    "g.custom_shape": {
        "ko": ("Generator({args})로 만든 G(z)의 모양", "{want}", "{got}",
               "forward에서 (1, 28, 28)을 직접 쓰지 말고 self.img_shape를 쓰세요"),
        "en": ("the shape of G(z) built as Generator({args})", "{want}", "{got}",
               "use self.img_shape in forward, not a hard-coded (1, 28, 28)"),
    },
    "d.custom_shape": {
        "ko": ("Discriminator({args})로 만든 D(x)의 모양", "{want}", "{got}",
               "view(-1, 784) 대신 img.view(img.size(0), -1)로 펼치세요"),
        "en": ("the shape of D(x) built as Discriminator({args})", "{want}", "{got}",
               "flatten with img.view(img.size(0), -1), not view(-1, 784)"),
    },
    # ---- G and D: function ----
    "mlp.function_needs_layers": {
        "ko": ("{net}가 정답과 같은 함수를 계산하는지", "같은 가중치를 넣을 수 있는 정답과 같은 층", "층이나 출력이 다름", "먼저 층과 출력 검사를 통과하세요"),
        "en": ("{net} computes the reference function", "the reference's layers, to copy the same weights into",
               "different layers or output", "fix the layers and output checks first"),
    },
    "g.function": {
        "ko": ("정답과 같은 가중치를 넣은 G(z)", "정답 이미지와 같음 (오차 {tol} 이내)", "최대 {gap} 차이",
               "Linear → ReLU 순서, forward가 모든 층을 한 번씩 쓰는지, 마지막 view를 확인하세요"),
        "en": ("G(z) with the reference's weights copied in", "the reference's images (within {tol})",
               "values off by up to {gap}",
               "check the order Linear → ReLU, that forward uses every layer once, and the final view"),
    },
    "d.function": {
        "ko": ("정답과 같은 가중치를 넣은 D(x)", "정답 확률과 같음 (오차 {tol} 이내)", "최대 {gap} 차이",
               "이미지를 행 순서대로 펼치고 (view, reshape, nn.Flatten) 모든 층을 순서대로 한 번씩 쓰세요"),
        "en": ("D(x) with the reference's weights copied in", "the reference's probabilities (within {tol})",
               "values off by up to {gap}",
               "flatten each image row by row (view, reshape or nn.Flatten) and use every layer once, in order"),
    },
    # ---- losses ----
    "loss.not_tensor": {
        "ko": ("{fn}의 반환값", "스칼라 torch.Tensor (.backward()가 가능해야 함)", "{got}",
               "손실 텐서를 그대로 반환하세요; .item()은 train_step에서만 쓰세요"),
        "en": ("what {fn} returns", "a scalar torch.Tensor (so that .backward() works)", "{got}",
               "return the loss tensor itself; call .item() only in train_step"),
    },
    "loss.not_scalar": {
        "ko": ("{fn} 결과의 모양", "() - 숫자 하나", "{got}",
               "배치 평균을 쓰세요: nn.BCELoss() / F.binary_cross_entropy는 이미 배치 평균을 반환합니다"),
        "en": ("the shape of {fn}'s result", "() - a single number", "{got}",
               "average over the batch: nn.BCELoss() / F.binary_cross_entropy already return the batch mean"),
    },
    "loss.value": {
        "ko": ("'{case}' 입력에서 {fn}", "{want}", "{got}",
               "d_loss = BCE(D(x), 1) + BCE(D(G(z)), 0); g_loss = BCE(D(G(z)), 1); 각 BCE는 배치 평균"),
        "en": ("{fn} on the '{case}' inputs", "{want}", "{got}",
               "d_loss = BCE(D(x), 1) + BCE(D(G(z)), 0); g_loss = BCE(D(G(z)), 1); each BCE a batch mean"),
    },
    "dl.mean_not_sum": {
        "ko": ("'{case}' 입력에서 {fn}", "{want} (진짜 항 + 가짜 항)", "{got}: 그 절반",
               "두 BCE 항을 평균하지 말고 더하세요 (D = 0.5일 때 손실은 2 ln 2 = 1.386)"),
        "en": ("{fn} on the '{case}' inputs", "{want} (real term + fake term)", "{got}: half of it",
               "add the two BCE terms; do not average them (at D = 0.5 the loss is 2 ln 2 = 1.386)"),
    },
    "dl.swapped_labels": {
        "ko": ("'{case}' 입력에서 {fn}", "{want}", "{got}: 진짜/가짜 정답이 뒤바뀜",
               "진짜 이미지의 정답은 1 (torch.ones_like(d_real)), 가짜는 0 (torch.zeros_like(d_fake))"),
        "en": ("{fn} on the '{case}' inputs", "{want}", "{got}: real and fake labels swapped",
               "real images get label 1 (torch.ones_like(d_real)), fakes get 0 (torch.zeros_like(d_fake))"),
    },
    "dl.batch_sum": {
        "ko": ("'{case}' 입력에서 {fn}", "{want}", "{got}: 배치 평균이 아니라 합", "각 BCE 항은 배치 평균입니다 (reduction='mean', 기본값)"),
        "en": ("{fn} on the '{case}' inputs", "{want}", "{got}: the batch sum, not the mean",
               "each BCE term is a batch mean (reduction='mean', the default)"),
    },
    "dl.only_real": {
        "ko": ("'{case}' 입력에서 {fn}", "{want}", "{got}: 진짜 항만 있음", "d_loss는 두 항입니다: BCE(d_real, 1) + BCE(d_fake, 0)"),
        "en": ("{fn} on the '{case}' inputs", "{want}", "{got}: only the real term",
               "d_loss has two terms: BCE(d_real, 1) + BCE(d_fake, 0)"),
    },
    "dl.only_fake": {
        "ko": ("'{case}' 입력에서 {fn}", "{want}", "{got}: 가짜 항만 있음", "d_loss는 두 항입니다: BCE(d_real, 1) + BCE(d_fake, 0)"),
        "en": ("{fn} on the '{case}' inputs", "{want}", "{got}: only the fake term",
               "d_loss has two terms: BCE(d_real, 1) + BCE(d_fake, 0)"),
    },
    "dl.sign": {
        "ko": ("'{case}' 입력에서 {fn}", "{want} (손실은 0 이상)", "{got}: 부호가 반대",
               "D는 log D(x) + log(1 - D(G(z)))를 최대화하므로 BCE 항을 마이너스 없이 최소화합니다"),
        "en": ("{fn} on the '{case}' inputs", "{want} (a loss is >= 0)", "{got}: the sign is flipped",
               "D maximises log D(x) + log(1 - D(G(z))), so it minimises the BCE terms as they are, without a minus"),
    },
    "gl.saturating": {
        "ko": ("'{case}' 입력에서 {fn}", "{want}", "{got}: log(1 - D(G(z))), 포화되는 손실",
               "논문 3절의 비포화 손실을 쓰세요: BCE(D(G(z)), 1) = -log D(G(z)); log(1 - D(G(z)))는 D가 가짜를 거부할 때 기울기가 거의 없습니다"),
        "en": ("{fn} on the '{case}' inputs", "{want}", "{got}: log(1 - D(G(z))), the saturating loss",
               "use the non-saturating loss of the paper (§3): BCE(D(G(z)), 1) = -log D(G(z)); log(1 - D(G(z))) has "
               "almost no gradient while D rejects the fakes"),
    },
    "gl.sign": {
        "ko": ("'{case}' 입력에서 {fn}", "{want} (손실은 0 이상)", "{got}: 부호가 반대",
               "G는 -log D(G(z)) = BCE(D(G(z)), 1)을 최소화합니다; 마이너스를 더 붙이지 마세요"),
        "en": ("{fn} on the '{case}' inputs", "{want} (a loss is >= 0)", "{got}: the sign is flipped",
               "G minimises -log D(G(z)) = BCE(D(G(z)), 1); no extra minus"),
    },
    "gl.fake_label": {
        "ko": ("'{case}' 입력에서 {fn}", "{want}", "{got}: 정답 0으로 BCE 계산",
               "G는 D가 가짜를 진짜로 믿게 하려 합니다: 정답은 1 (torch.ones_like(d_fake))"),
        "en": ("{fn} on the '{case}' inputs", "{want}", "{got}: BCE against label 0",
               "G wants D to call its fakes real: the target is 1 (torch.ones_like(d_fake))"),
    },
    "gl.batch_sum": {
        "ko": ("'{case}' 입력에서 {fn}", "{want}", "{got}: 배치 평균이 아니라 합", "BCE는 배치 평균입니다 (reduction='mean', 기본값)"),
        "en": ("{fn} on the '{case}' inputs", "{want}", "{got}: the batch sum, not the mean",
               "BCE is a batch mean (reduction='mean', the default)"),
    },
    "loss.no_grad": {
        "ko": ("{fn}에서 D 출력으로 가는 기울기", "입력 그래프와 연결된 손실", "기울기 없음 (detach 되었거나 숫자로 다시 만듦)",
               "입력 텐서에 torch 연산으로 손실을 계산하세요; .item(), .detach(), torch.tensor(...) 금지"),
        "en": ("the gradient from {fn} back to D's outputs", "a loss connected to its inputs' graph",
               "no gradient (the result is detached or rebuilt from numbers)",
               "compute the loss with torch operations on the input tensors; no .item(), .detach() or "
               "torch.tensor(...)"),
    },
    "loss.grad": {
        "ko": ("'{case}' 입력에서 {fn}의 기울기", "정답과 같은 기울기", "다른 기울기",
               "F.binary_cross_entropy / nn.BCELoss를 쓰세요; 직접 쓴 log라면 이 입력에서 clamp가 필요 없습니다"),
        "en": ("the gradient of {fn} on the '{case}' inputs", "the reference's gradient", "a different gradient",
               "use F.binary_cross_entropy / nn.BCELoss; a hand-written log needs no clamping at these inputs"),
    },
    # ---- train_step ----
    "step.return_pair": {
        "ko": ("train_step의 반환값", "튜플 (d_loss, g_loss)", "{got}, 항목 {n}개",
               "마지막 줄: return d_loss.item(), g_loss.item()"),
        "en": ("what train_step returns", "a tuple (d_loss, g_loss)", "{got} with {n} items",
               "end with: return d_loss.item(), g_loss.item()"),
    },
    "step.return_floats": {
        "ko": ("train_step이 반환하는 타입", "float, float", "{got}",
               ".item()으로 파이썬 float를 반환하세요: 텐서를 반환하면 매 단계의 그래프가 메모리에 남습니다"),
        "en": ("the types train_step returns", "float, float", "{got}",
               "return Python floats with .item(): returning tensors keeps every step's graph alive"),
    },
    "step.return_order": {
        "ko": ("train_step 결과의 순서", "(d_loss, g_loss)", "(g_loss, d_loss)", "D의 손실을 먼저, 그다음 G의 손실을 반환하세요"),
        "en": ("the order of train_step's results", "(d_loss, g_loss)", "(g_loss, d_loss)",
               "return D's loss first, then G's"),
    },
    "step.no_d_step": {
        "ko": ("train_step이 호출하는 optimizer", "opt_d.step() → opt_g.step()", "{got}",
               "(1) D 갱신은 opt_d.step()으로: 다른 optimizer를 호출했거나 호출하지 않았습니다"),
        "en": ("which optimizers train_step steps", "opt_d.step() → opt_g.step()", "{got}",
               "(1) update D with opt_d.step(): the wrong optimizer is stepped, or none"),
    },
    "step.no_g_step": {
        "ko": ("train_step이 호출하는 optimizer", "opt_d.step() → opt_g.step()", "{got}",
               "(2) G 갱신은 opt_g.step()으로: 다른 optimizer를 호출했거나 호출하지 않았습니다"),
        "en": ("which optimizers train_step steps", "opt_d.step() → opt_g.step()", "{got}",
               "(2) update G with opt_g.step(): the wrong optimizer is stepped, or none"),
    },
    "step.order": {
        "ko": ("두 갱신의 순서", "opt_d.step() → opt_g.step()", "{got}", "강의처럼 D를 먼저, 그다음 방금 갱신된 D를 거쳐 G를 갱신하세요"),
        "en": ("the order of the two updates", "opt_d.step() → opt_g.step()", "{got}",
               "update D first, then G through the just-updated D, as in the lecture"),
    },
    "step.extra_steps": {
        "ko": ("optimizer 호출 횟수", "opt_d.step() → opt_g.step(), 각 한 번", "{got}", "한 번 호출에 D 갱신 한 번, G 갱신 한 번"),
        "en": ("how often each optimizer steps", "opt_d.step() → opt_g.step(), once each", "{got}",
               "one D update and one G update per call"),
    },
    "step.detach_needs_d_step": {
        "ko": ("D 갱신 중 G로 가는 기울기", "검사할 opt_d.step() 호출", "opt_d.step()이 호출되지 않음", "먼저 optimizer 검사를 통과하세요"),
        "en": ("gradients into G during D's update", "an opt_d.step() call to look at",
               "opt_d.step() was never called", "fix the optimizer check first"),
    },
    "step.detach": {
        "ko": ("D 갱신 중 G 파라미터로 가는 기울기", "없음: d_loss.backward()는 가짜 이미지에서 멈춰야 함", "G 파라미터가 d_loss의 기울기를 받음",
               "D 갱신에서 D(fake_imgs.detach())를 쓰세요 (또는 torch.no_grad()로 가짜 이미지를 만드세요)"),
        "en": ("gradients into G's parameters during D's update", "none: d_loss.backward() stops at the fake images",
               "G's parameters received gradients from d_loss",
               "use D(fake_imgs.detach()) in D's step (or make the fakes under torch.no_grad())"),
    },
    "step.zero_grad_d": {
        "ko": ("opt_d.step() 시점의 D 기울기", "이번 d_loss의 기울기만", "이전 기울기가 더해져 있음",
               "d_loss.backward() 전에 opt_d.zero_grad() (또는 D.zero_grad())를 호출하세요"),
        "en": ("D's gradients when opt_d.step() runs", "only this step's gradient of d_loss",
               "gradients left over from before were added in",
               "call opt_d.zero_grad() (or D.zero_grad()) before d_loss.backward()"),
    },
    "step.zero_grad_g": {
        "ko": ("opt_g.step() 시점의 G 기울기", "이번 g_loss의 기울기만", "이전 기울기가 더해져 있음",
               "g_loss.backward() 전에 opt_g.zero_grad() (또는 G.zero_grad())를 호출하세요"),
        "en": ("G's gradients when opt_g.step() runs", "only this step's gradient of g_loss",
               "gradients left over from before were added in",
               "call opt_g.zero_grad() (or G.zero_grad()) before g_loss.backward()"),
    },
    "step.g_not_called": {
        "ko": ("G가 받는 입력", "주어진 z로 G 호출", "G가 호출되지 않음", "generator(z)로 가짜 이미지를 만드세요"),
        "en": ("the inputs G receives", "G called on the given z", "G was never called",
               "make the fakes with generator(z)"),
    },
    "step.new_noise": {
        "ko": ("G가 받는 입력", "매번 주어진 z", "{calls}번 중 {n}번 다른 노이즈 사용",
               "인자로 받은 z를 쓰세요; train_step 안에서 torch.randn으로 새로 뽑지 마세요"),
        "en": ("the inputs G receives", "the given z every time", "{n} of {calls} calls used other noise",
               "use the z argument; do not sample torch.randn inside train_step"),
    },
    "step.direction_needs_steps": {
        "ko": ("각 갱신의 효과", "측정할 opt_d.step()과 opt_g.step()", "둘 중 하나가 없음", "먼저 optimizer 검사를 통과하세요"),
        "en": ("the effect of each update", "an opt_d.step() and an opt_g.step() to measure", "one of them is missing",
               "fix the optimizer check first"),
    },
    "step.d_direction": {
        "ko": ("opt_d.step() 전후 D의 손실 -log D(x) - log(1 - D(G(z)))", "감소", "{before} → {after}",
               "D는 d_loss를 줄여야 합니다: 정답 레이블과 부호, 그리고 opt_d.step() 전에 d_loss.backward()를 확인하세요"),
        "en": ("D's loss -log D(x) - log(1 - D(G(z))) across opt_d.step()", "it decreases", "{before} → {after}",
               "D must descend d_loss: check its labels and sign, and that d_loss.backward() runs before opt_d.step()"),
    },
    "step.g_direction": {
        "ko": ("opt_g.step() 전후 D(G(z)) 평균", "증가: G가 D를 속이도록 학습", "{before} → {after}",
               "G 갱신은 g_loss = BCE(D(G(z)), 1)와 opt_g.step() 전 g_loss.backward()를 써야 합니다"),
        "en": ("mean D(G(z)) across opt_g.step()", "it increases: G learns to fool D", "{before} → {after}",
               "G's step must use g_loss = BCE(D(G(z)), 1) with g_loss.backward() before opt_g.step()"),
    },
    "step.direction_size": {
        "ko": ("정답과 같은 가중치/데이터에서 {net} 갱신 전후의 측정값 (전 → 후)", "{want}", "{got}",
               "방향은 맞지만 갱신 크기가 다릅니다: 강의의 손실을 그대로, 새 기울기로, 한 번씩 갱신하세요"),
        "en": ("how far {net}'s update moves its measure (before → after), from the reference's weights and data",
               "{want}", "{got}",
               "the direction is right but the step differs: use the lecture's losses exactly, fresh gradients, one "
               "step each"),
    },
    "step.trajectory_losses": {
        "ko": ("정답과 같은 가중치/데이터로 train_step #{i} 호출 시 반환된 손실", "{want}", "{got}",
               "강의 코드를 그대로 따르세요: D는 D(real)과 D(G(z).detach()), G는 갱신된 D로 D(G(z)), 각 backward 전에 zero_grad"),
        "en": ("the losses returned by train_step call #{i}, from the reference's weights and data", "{want}", "{got}",
               "follow the lecture exactly: D(real) and D(G(z).detach()) for D, then D(G(z)) through the updated D "
               "for G, zero_grad before each backward"),
    },
    "step.trajectory_params": {
        "ko": ("정답과 같은 가중치/데이터로 train_step 3번 호출 후 {net}의 파라미터", "정답과 같은 파라미터", "{gap}만큼 다름 (요약값)",
               "한 번 호출에 각자의 optimizer와 새 기울기로 D와 G를 한 번씩 갱신해야 합니다"),
        "en": ("{net}'s parameters after 3 train_step calls, from the reference's weights and data",
               "the reference's parameters", "off by {gap} (fingerprint)",
               "each call must update D once and G once with its own optimizer and fresh gradients"),
    },
    # ---- convergence ----
    "conv.diverged": {
        "ko": ("train_step {steps}번 후 8개 모드 링에서 G의 샘플 ({runs}회 실행)", "유한한 점", "NaN 또는 inf",
               "손실이 발산했습니다: 두 손실의 부호와 정답 레이블을 확인하세요"),
        "en": ("samples of G after {steps} train_step calls on an 8-mode ring ({runs} runs)", "finite points",
               "NaN or inf", "losses exploded: check signs and labels of both losses"),
    },
    "conv.modes": {
        "ko": ("train_step {steps}번 후 G 샘플이 도달한 8-가우시안 링의 모드 ({runs}회 실행)", "8개 모드 모두, 각 샘플의 {share} 이상 (정답: {ref})",
               "{covered}개 모드; 모드별 샘플 수: {counts}", "단위 검사는 통과한다면 그것들이 못 보는 부분을 보세요: 예) G 갱신은 갱신된 D를 써야 함"),
        "en": ("modes of the 8-Gaussian ring that G's samples reach after {steps} train_step calls ({runs} runs)",
               "all 8 modes, each with >= {share} of the samples (the reference: {ref})",
               "{covered} modes covered; samples per mode: {counts}",
               "if the unit checks pass, look for what they cannot see: e.g. the G step must use the updated D"),
    },
    "conv.quality": {
        "ko": ("train_step {steps}번 후 모드의 3 sigma 안에 든 G 샘플 비율 ({runs}회 실행)", ">= {want} (정답: {ref})", "{got}",
               "G와 D가 거의 학습하지 않습니다: 두 손실과 매 갱신의 새 기울기를 확인하세요"),
        "en": ("share of G's samples within 3 sigma of a mode after {steps} train_step calls ({runs} runs)",
               ">= {want} (the reference: {ref})", "{got}",
               "G and D are learning too little: check both losses and that each update uses fresh gradients"),
    },
    # ---- no vacuous passes (docs/grading.md), named loss mistakes ----
    "mlp.output_constant": {
        "ko": ("서로 다른 두 입력에 대한 {net}의 출력", "서로 다른 출력: 네트워크가 입력으로부터 계산", "두 입력에 같은 값",
               "forward는 고정된 텐서를 반환하지 말고 입력을 층에 통과시켜 출력을 계산해야 합니다"),
        "en": ("{net}'s output for two different inputs", "two different outputs: the net computes from its input",
               "the same values for both inputs",
               "forward must compute the output from its input through the layers, not return a fixed tensor"),
    },
    "mlp.output_detached": {
        "ko": ("{net} 출력에서 파라미터로 가는 기울기", "모든 파라미터 텐서에 도달", "파라미터 텐서 {params}개 중 {reached}개에만 도달",
               "층의 결과를 그대로 반환하세요: torch.zeros/rand/tensor(...), .detach(), 쓰지 않는 층 금지"),
        "en": ("the gradient from {net}'s output back to its parameters", "every parameter tensor reached",
               "{reached} of {params} parameter tensors reached",
               "return the result of your layers itself: no torch.zeros/rand/tensor(...), .detach() or unused layers"),
    },
    "dl.sigmoid_twice": {
        "ko": ("'{case}' 입력에서 {fn}", "{want}", "{got}: 확률에 with-logits BCE 적용 (sigmoid 두 번)",
               "D는 이미 Sigmoid로 끝납니다: sigmoid를 한 번 더 적용하는 F.binary_cross_entropy_with_logits / nn.BCEWithLogitsLoss "
               "대신 F.binary_cross_entropy / nn.BCELoss를 쓰세요"),
        "en": ("{fn} on the '{case}' inputs", "{want}",
               "{got}: a with-logits BCE applied to probabilities (sigmoid twice)",
               "D already ends with Sigmoid: use F.binary_cross_entropy / nn.BCELoss, not "
               "F.binary_cross_entropy_with_logits / nn.BCEWithLogitsLoss, which apply a second sigmoid"),
    },
    "gl.sigmoid_twice": {
        "ko": ("'{case}' 입력에서 {fn}", "{want}", "{got}: 확률에 with-logits BCE 적용 (sigmoid 두 번)",
               "D는 이미 Sigmoid로 끝납니다: sigmoid를 한 번 더 적용하는 with-logits BCE 대신 F.binary_cross_entropy(d_fake, "
               "torch.ones_like(d_fake))를 쓰세요"),
        "en": ("{fn} on the '{case}' inputs", "{want}",
               "{got}: a with-logits BCE applied to probabilities (sigmoid twice)",
               "D already ends with Sigmoid: use F.binary_cross_entropy(d_fake, torch.ones_like(d_fake)), not the "
               "with-logits BCE, which applies a second sigmoid"),
    },
    "dl.smoothed_labels": {
        "ko": ("'{case}' 입력에서 {fn}", "{want} (정답 정확히 1과 0)", "{got}: 부드럽게 한 정답 (예: 진짜에 0.9)",
               "이 과제는 논문을 따릅니다: 진짜 정답 1, 가짜 정답 0; label smoothing은 나중의 기법이며 검사가 비교하는 손실 값을 바꿉니다"),
        "en": ("{fn} on the '{case}' inputs", "{want} (labels exactly 1 and 0)",
               "{got}: smoothed labels (e.g. 0.9 for real)",
               "this assignment follows the paper: real label 1, fake label 0; label smoothing is a later trick, and "
               "it changes the loss the checks compare"),
    },
    "gl.smoothed_label": {
        "ko": ("'{case}' 입력에서 {fn}", "{want} (정답 정확히 1)", "{got}: 부드럽게 한 정답 (예: 0.9)",
               "G의 정답은 정확히 1입니다: 0.9가 아니라 torch.ones_like(d_fake)"),
        "en": ("{fn} on the '{case}' inputs", "{want} (label exactly 1)", "{got}: a smoothed label (e.g. 0.9)",
               "G's target is exactly 1: torch.ones_like(d_fake), not 0.9"),
    },
    "dl.mse": {
        "ko": ("'{case}' 입력에서 {fn}", "{want}", "{got}: BCE가 아니라 제곱 오차 (LSGAN 손실)",
               "이 과제는 원래 GAN입니다: d_loss = BCE(D(x), 1) + BCE(D(G(z)), 0); nn.MSELoss는 LSGAN의 손실입니다"),
        "en": ("{fn} on the '{case}' inputs", "{want}", "{got}: squared error (the LSGAN loss), not BCE",
               "this GAN is the original one: d_loss = BCE(D(x), 1) + BCE(D(G(z)), 0); nn.MSELoss belongs to LSGAN"),
    },
    "gl.mse": {
        "ko": ("'{case}' 입력에서 {fn}", "{want}", "{got}: BCE가 아니라 제곱 오차 (LSGAN 손실)",
               "g_loss = BCE(D(G(z)), 1); nn.MSELoss는 LSGAN의 손실입니다"),
        "en": ("{fn} on the '{case}' inputs", "{want}", "{got}: squared error (the LSGAN loss), not BCE",
               "g_loss = BCE(D(G(z)), 1); nn.MSELoss belongs to LSGAN"),
    },
    "step.return_no_backward": {
        "ko": ("train_step이 반환하는 손실", "이번 호출에서 backward 한 d_loss와 g_loss",
               "{got}, 그러나 이번 호출의 backward는 {losses} (d_loss, g_loss): backward() 하지 않은 손실",
               "d_loss와 g_loss를 계산해 각 step 전에 .backward()를 호출하고 그 .item()을 반환하세요"),
        "en": ("the losses train_step returns", "the d_loss and g_loss this call back-propagated",
               "{got}, but the call back-propagated {losses} (d_loss, g_loss): a loss without backward()",
               "compute d_loss and g_loss, call .backward() on each before its step, and return their .item()"),
    },
    "step.return_constant": {
        "ko": ("다른 데이터로 두 번 호출했을 때 train_step이 반환한 손실", "각 호출의 (d_loss, g_loss)",
               "두 번 모두 {got}, 그러나 backward 한 손실은 {first}, {second}: 지어낸 상수",
               "이번 호출의 손실로 d_loss.item(), g_loss.item()을 반환하세요"),
        "en": ("the losses train_step returns on two calls with different data", "each call's own (d_loss, g_loss)",
               "{got} both times, while the calls back-propagated {first} and {second}: made-up constants",
               "return d_loss.item(), g_loss.item() of this call's losses"),
    },
    "step.return_stale": {
        "ko": ("train_step 두 번째 호출이 반환한 손실", "그 호출의 (d_loss, g_loss): {want}", "{got}: 이전 호출의 손실 (오래된 값)",
               "이전 호출에서 저장한 값이 아니라 이번 호출에서 계산한 손실을 반환하세요"),
        "en": ("the losses train_step's second call returns", "that call's (d_loss, g_loss): {want}",
               "{got}: the previous call's losses (stale)",
               "return the losses computed in this call, not ones kept from an earlier call"),
    },
    "step.return_other": {
        "ko": ("train_step이 반환하는 손실", "이번 호출에서 backward 한 (d_loss, g_loss): {want}", "{got}",
               "갱신 후 다시 계산한 값이 아니라 .backward()를 호출한 d_loss와 g_loss를 그대로 반환하세요 (d_loss.item(), g_loss.item())"),
        "en": ("the losses train_step returns", "this call's (d_loss, g_loss), as back-propagated: {want}", "{got}",
               "return exactly the d_loss and g_loss you called .backward() on (d_loss.item(), g_loss.item()), not "
               "values recomputed after the updates"),
    },
    "step.idle_d_step": {
        "ko": ("opt_d.step()이 D에 하는 일", "D의 파라미터를 바꿈", "D의 파라미터가 하나도 바뀌지 않음",
               "opt_d.step()에는 기울기가 필요합니다: opt_d.zero_grad() 뒤, opt_d.step() 전에 d_loss.backward()를 호출하세요"),
        "en": ("what opt_d.step() does to D", "it changes D's parameters", "no parameter of D changed",
               "opt_d.step() needs gradients: call d_loss.backward() after opt_d.zero_grad() and before opt_d.step()"),
    },
    "step.idle_g_step": {
        "ko": ("opt_g.step()이 G에 하는 일", "G의 파라미터를 바꿈", "G의 파라미터가 하나도 바뀌지 않음",
               "opt_g.step()에는 기울기가 필요합니다: opt_g.zero_grad() 뒤, opt_g.step() 전에 g_loss.backward()를 호출하세요"),
        "en": ("what opt_g.step() does to G", "it changes G's parameters", "no parameter of G changed",
               "opt_g.step() needs gradients: call g_loss.backward() after opt_g.zero_grad() and before opt_g.step()"),
    },
    "step.detach_needs_d_grad": {
        "ko": ("D 갱신 중 G로 가는 기울기", "검사할, opt_d.step() 전의 d_loss.backward()", "opt_d.step() 전에 D가 기울기를 받지 않음",
               "opt_d.step() 전에 d_loss를 계산하고 d_loss.backward()를 호출하세요"),
        "en": ("gradients into G during D's update", "a d_loss.backward() before opt_d.step() to look at",
               "D received no gradient before opt_d.step()",
               "compute d_loss and call d_loss.backward() before opt_d.step()"),
    },
    "step.detach_needs_fakes": {
        "ko": ("D 갱신 중 G로 가는 기울기", "z로 G가 만든 가짜 이미지에 대한 D 갱신", "opt_d.step() 전에 D가 G의 가짜 이미지를 보지 않음",
               "fake_imgs = generator(z)를 만들고 D 갱신에서 D(fake_imgs.detach())를 쓰세요"),
        "en": ("gradients into G during D's update", "D's step on the fakes G made from z",
               "D was not shown G's fakes before opt_d.step()",
               "make fake_imgs = generator(z) and use D(fake_imgs.detach()) in D's step"),
    },
    "step.zero_grad_needs_d_step": {
        "ko": ("opt_d.step() 시점의 D 기울기", "검사할 opt_d.step() 호출", "opt_d.step()이 호출되지 않음",
               "zero_grad는 각 optimizer의 step 시점에 검사합니다: opt_d.step()으로 D를 갱신하세요"),
        "en": ("D's gradients when opt_d.step() runs", "an opt_d.step() to look at", "opt_d.step() was never called",
               "zero_grad is checked at each optimizer's step: update D with opt_d.step()"),
    },
    "step.zero_grad_needs_g_step": {
        "ko": ("opt_g.step() 시점의 G 기울기", "검사할 opt_g.step() 호출", "opt_g.step()이 호출되지 않음",
               "zero_grad는 각 optimizer의 step 시점에 검사합니다: opt_g.step()으로 G를 갱신하세요"),
        "en": ("G's gradients when opt_g.step() runs", "an opt_g.step() to look at", "opt_g.step() was never called",
               "zero_grad is checked at each optimizer's step: update G with opt_g.step()"),
    },
    "step.zero_grad_d_empty": {
        "ko": ("opt_d.step() 시점의 D 기울기", "이번 d_loss의 기울기", "기울기가 전혀 없음",
               "순서는 opt_d.zero_grad(), d_loss.backward(), opt_d.step()입니다: backward 뒤의 zero_grad는 기울기를 지웁니다"),
        "en": ("D's gradients when opt_d.step() runs", "this step's gradient of d_loss", "no gradient at all",
               "the order is opt_d.zero_grad(), d_loss.backward(), opt_d.step(): zero_grad after backward erases it"),
    },
    "step.zero_grad_g_empty": {
        "ko": ("opt_g.step() 시점의 G 기울기", "이번 g_loss의 기울기", "기울기가 전혀 없음",
               "순서는 opt_g.zero_grad(), g_loss.backward(), opt_g.step()입니다: backward 뒤의 zero_grad는 기울기를 지웁니다"),
        "en": ("G's gradients when opt_g.step() runs", "this step's gradient of g_loss", "no gradient at all",
               "the order is opt_g.zero_grad(), g_loss.backward(), opt_g.step(): zero_grad after backward erases it"),
    },
    "step.fakes_unused": {
        "ko": ("G(z) 이미지가 쓰이는 곳", "D가 z로 G가 만든 가짜 이미지를 봄", "D가 G의 출력을 받지 않음",
               "fake_imgs = generator(z)를 만들어 D에 넣으세요 (D 갱신에서는 detach, G 갱신에서는 그대로)"),
        "en": ("where the images G(z) go", "D sees the fakes G made from z", "D never received G's output",
               "make fake_imgs = generator(z) and give them to D (detached in D's step, as they are in G's)"),
    },
}

# Known causes of an exception: the text its message holds -> the name of the hint below ("other": none)
EXCEPTION_CAUSES = {
    "mat1 and mat2 shapes cannot be multiplied": "shapes",
    "view size is not compatible": "view",
    "is invalid for input of size": "reshape",
    "backward through the graph a second time": "second_backward",
    "does not require grad": "no_grad",
    "all elements of input should be between 0 and 1": "bce_range",
    "modified by an inplace operation": "inplace",
}

EXCEPTION_HINTS = {  # name -> the hint for an exception with that cause
    "shapes": {
        "ko": "Linear 입력 크기가 맞지 않습니다: 이미지를 (N, C*H*W)로 펼치고 각 층의 in_features를 확인하세요",
        "en": "a Linear got the wrong input size: flatten images to (N, C*H*W) and check each layer's in_features",
    },
    "view": {
        "ko": "이 텐서에는 .view(...) 대신 .reshape(...)를 쓰세요",
        "en": "use .reshape(...) instead of .view(...) on this tensor",
    },
    "reshape": {
        "ko": "reshape에 크기를 직접 썼습니다: 1, 28, 28, 784 대신 self.img_shape와 img.size(0) / z.size(0)를 쓰세요",
        "en": ("a reshape uses hard-coded sizes: use self.img_shape and img.size(0) / z.size(0) instead of 1, 28, 28, "
               "784"),
    },
    "second_backward": {
        "ko": "D 갱신에서 fake_imgs.detach()를 써야 g_loss.backward() 때 G의 그래프가 남아 있습니다",
        "en": "D's step must use fake_imgs.detach(), so that G's graph is still there for g_loss.backward()",
    },
    "no_grad": {
        "ko": "손실이 네트워크와 끊겼습니다: backward() 전에 .item(), .detach(), torch.no_grad()를 쓰지 마세요",
        "en": "the loss is cut off from the network: no .item(), .detach() or torch.no_grad() before backward()",
    },
    "bce_range": {
        "ko": "BCE에는 확률이 필요합니다: D는 nn.Sigmoid()로 끝나야 합니다",
        "en": "BCE needs probabilities: D must end with nn.Sigmoid()",
    },
    "inplace": {
        "ko": "backward에 필요한 텐서가 제자리에서 바뀌었습니다: opt_d.step() 뒤에 D(...)를 새로 호출해 G 손실을 계산하세요",
        "en": ("a tensor needed for backward was changed in place: compute G's loss after opt_d.step() with a fresh "
               "D(...) call"),
    },
    "other": {
        "ko": "오류 메시지와 표시된 줄을 읽어 보세요; docstring에 모든 모양이 적혀 있습니다",
        "en": "read the error and the line it names; the docstring lists every shape",
    },
}
