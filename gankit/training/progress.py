"""Progress display: a tqdm bar on a terminal, else one plain line every N steps (logs, CI, notebooks)."""
import shutil
import sys
import time


def _format(values: dict) -> str:
    return (f"d_loss {values['d_loss']:.3f}  g_loss {values['g_loss']:.3f}  "
            f"D(x) {values['d_x']:.3f}  D(G(z)) {values['d_g_z1']:.3f}")


class Progress:
    """Shows one epoch's steps with the latest d_loss, g_loss, D(x) and D(G(z))."""

    def __init__(self, epoch: int, epochs: int, total: int, start: int, every: int, stream=None):
        self.stream = stream or sys.stderr
        self.label = f"epoch {epoch + 1}/{epochs}"
        self.total, self.every, self.done, self.first = total, every, start, start
        self.started = time.perf_counter()
        self.bar = None
        if self.stream.isatty():
            try:
                from tqdm import tqdm
            except ImportError:  # tqdm is optional: plain lines instead
                tqdm = None
            if tqdm is not None:
                # shutil's width falls back to 80 columns where the terminal reports 0 (tqdm would draw nothing)
                self.bar = tqdm(total=total, initial=start, desc=self.label, file=self.stream,
                                ncols=shutil.get_terminal_size().columns, leave=True)

    def update(self, values: dict):
        """One step done; values holds d_loss, g_loss, d_x, d_g_z1."""
        self.done += 1
        if self.bar is not None:
            self.bar.update(1)
            if self.done % 10 == 0 or self.done == self.total:  # postfix redraws are not free
                self.bar.set_postfix_str(_format(values), refresh=False)
        elif self.done % self.every == 0 or self.done == self.total:
            rate = (time.perf_counter() - self.started) / max(1, self.done - self.first)
            print(f"{self.label} step {self.done}/{self.total}  {_format(values)}  ({rate * 1000:.0f} ms/step)",
                  file=self.stream, flush=True)

    def close(self):
        if self.bar is not None:
            self.bar.close()
