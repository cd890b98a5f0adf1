"""Speed of one training epoch: the lecture's original loop against the kit's `gankit train` loop.

    python bench/bench_train.py              # 150 steps per loop, best of 2 rounds: about 1-2 minutes
    python bench/bench_train.py --steps 938  # one whole epoch per loop (--long: 938 steps, 3 rounds)

Each loop runs in its own child process (so its peak memory is its own), rounds interleaved so
that load from other processes hits both alike; the best round counts. Loops measured:
  lecture         SPEC §1 as written: torchvision MNIST + ToTensor/Normalize + DataLoader(batch 64,
                  shuffle=True), inline D and G steps with nn.BCELoss, torch's default thread count
  lecture-threads the same code with the kit's thread count (so the ratio isolates the loop itself)
  kit             gankit.training.loop.train with the instructor solution's train_step
Seconds per epoch are extrapolated to 938 steps (60,000 images / 64). "CPU s/epoch" counts the CPU
time of the steps (all threads): on a busy shared machine, where wall time mostly measures the
other processes, it is the steadier figure for one-thread loops.
"""
import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

STEPS_PER_EPOCH = 938  # ceil(60,000 / 64)
LOOPS = ("lecture", "lecture-threads", "kit")


def torchvision_root() -> Path:
    """A folder whose MNIST/raw/ holds the gunzipped files, as torchvision.datasets.MNIST wants."""
    from gankit.data import idx
    from gankit.data.mnist import DOWNLOAD_ROOT, TORCHVISION_SUBDIR, load_mnist

    source = Path(load_mnist(allow_subset=False).source)
    raw = DOWNLOAD_ROOT / TORCHVISION_SUBDIR
    raw.mkdir(parents=True, exist_ok=True)
    for name in idx.FILES:
        if not (raw / name).is_file():
            (raw / name).write_bytes(idx.read_bytes(idx.find_file(source, name)))
    return DOWNLOAD_ROOT


def lecture_loop(steps: int, threads: int) -> dict:
    """The lab's loop, verbatim in spirit: DataLoader batches, BCELoss, D step then G step."""
    import torch
    from torch import nn
    from torchvision import datasets, transforms

    from gankit.training.contract import load_contract
    from gankit.training.hardware import pick_device

    device = pick_device("auto")  # the same device the kit picks: CUDA, then MPS, then CPU
    if threads:
        torch.set_num_threads(threads)
    torch.manual_seed(0)
    contract = load_contract()
    transform = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.5,), (0.5,))])
    dataset = datasets.MNIST(str(torchvision_root()), train=True, download=False, transform=transform)
    loader = torch.utils.data.DataLoader(dataset, batch_size=64, shuffle=True)
    G, D = contract.Generator(100).to(device), contract.Discriminator().to(device)
    criterion = nn.BCELoss()
    opt_g = torch.optim.Adam(G.parameters(), lr=2e-4)
    opt_d = torch.optim.Adam(D.parameters(), lr=2e-4)
    done, start, start_cpu = 0, time.perf_counter(), time.process_time()
    while done < steps:
        for imgs, _ in loader:
            imgs = imgs.to(device)
            real = torch.ones(imgs.size(0), 1, device=device)
            fake = torch.zeros(imgs.size(0), 1, device=device)
            z = torch.randn(imgs.size(0), 100, device=device)
            gen_imgs = G(z)
            opt_d.zero_grad()
            d_loss = criterion(D(imgs), real) + criterion(D(gen_imgs.detach()), fake)
            d_loss.backward()
            opt_d.step()
            opt_g.zero_grad()
            g_loss = criterion(D(gen_imgs), real)
            g_loss.backward()
            opt_g.step()
            g_loss.item()  # the lab prints the losses: this also waits for a GPU to finish the step
            done += 1
            if done == steps:
                break
    return {"seconds": time.perf_counter() - start, "cpu_seconds": time.process_time() - start_cpu,
            "threads": torch.get_num_threads()}


def kit_loop(steps: int, threads: int) -> dict:
    """`gankit train` itself (instructor solution), stopped after `steps` steps."""
    import tempfile

    from gankit.runs.config import TrainConfig
    from gankit.training.loop import train

    with tempfile.TemporaryDirectory() as out:
        log = train(TrainConfig(max_steps=steps, epochs=1, threads=threads, log_every=10 ** 9), out, say=lambda *_: None)
    return {"seconds": log["step_seconds"], "cpu_seconds": log["step_cpu_seconds"], "threads": log.get("threads", 0)}


def child(loop: str, steps: int, threads: int):
    """Run one loop in this process and print its result as JSON (the parent reads it)."""
    result = (kit_loop if loop == "kit" else lecture_loop)(steps, threads)
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def measure(loop: str, steps: int, threads: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", loop, "--steps", str(steps), "--threads", str(threads)],
                         capture_output=True, text=True, cwd=REPO)
    if out.returncode != 0:
        raise SystemExit(f"{loop} loop failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--steps", type=int, default=150, help="steps per loop and round (default 150)")
    parser.add_argument("--rounds", type=int, default=2, help="interleaved rounds; the best counts (default 2)")
    parser.add_argument("--long", action="store_true", help="a whole epoch per loop, 3 rounds")
    parser.add_argument("--threads", type=int, default=0, help="kit threads (default: the kit measures)")
    parser.add_argument("--child", choices=LOOPS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child("kit" if args.child == "kit" else "lecture", args.steps, args.threads)
        return 0
    if args.long:
        args.steps, args.rounds = STEPS_PER_EPOCH, 3
    try:
        import torchvision  # noqa: F401  (the lecture loop needs it)
    except ImportError:
        raise SystemExit("bench_train needs torchvision for the lecture loop: pip install 'gankit[vision]'")
    with open("/proc/loadavg") as f:
        load = f.read().split()[0]
    print(f"{args.steps} steps per loop, best of {args.rounds} rounds; load average at start {load}")
    best = {}
    for _ in range(args.rounds):
        kit = measure("kit", args.steps, args.threads)
        for loop, result in (("kit", kit), ("lecture", measure("lecture", args.steps, 0)),
                             ("lecture-threads", measure("lecture-threads", args.steps, kit["threads"]))):
            if loop not in best or result["seconds"] < best[loop]["seconds"]:  # best wall round, with its CPU time
                best[loop] = result
    per_epoch = {loop: r["seconds"] / args.steps * STEPS_PER_EPOCH for loop, r in best.items()}
    cpu_epoch = {loop: r["cpu_seconds"] / args.steps * STEPS_PER_EPOCH for loop, r in best.items()}
    print(f"{'loop':<16}{'threads':>8}{'s/step':>9}{'s/epoch':>9}{'speed-up':>10}{'CPU s/epoch':>13}{'peak MB':>9}")
    for loop in LOOPS:
        r = best[loop]
        print(f"{loop:<16}{r['threads']:>8}{r['seconds'] / args.steps:>9.4f}{per_epoch[loop]:>9.1f}"
              f"{per_epoch['lecture'] / per_epoch[loop]:>9.2f}x{cpu_epoch[loop]:>13.1f}{r['peak_rss_mb']:>9.0f}")
    print(f"kit vs lecture-threads (same threads): {per_epoch['lecture-threads'] / per_epoch['kit']:.2f}x wall, "
          f"{cpu_epoch['lecture-threads'] / cpu_epoch['kit']:.2f}x CPU time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
