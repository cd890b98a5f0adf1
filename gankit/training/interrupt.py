"""Ctrl-C during training: finish the current step, checkpoint, then stop (a second Ctrl-C stops at once)."""
import signal
import threading


class StopRequest:
    """A context manager catching SIGINT; `requested` turns True at the first Ctrl-C.

    Stopping between steps matters: a KeyboardInterrupt inside train_step could leave D updated
    and G not, and a checkpoint of that state would not resume to the same run.
    """

    def __init__(self):
        self.requested = False
        self._previous = None

    def _handle(self, signum, frame):
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True

    def __enter__(self):
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc):
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)
        return False
