"""A probe's time limit with the same outcome on every OS: ProbeTimeout raised inside the code that runs too long.

Two timers, one result. On Unix, in the main thread, SIGALRM (it also interrupts a blocking call
such as time.sleep). Everywhere else (Windows has no SIGALRM; a probe in a worker thread; or when
forced with GANKIT_PORTABLE_TIMER=1 or portable=True) a watchdog thread raises ProbeTimeout in
the probe's thread through CPython's PyThreadState_SetAsyncExc. That exception arrives at the
next Python instruction, so code stuck inside one long C call (a sleep, a huge matmul) would not
see it. Both timers raise the exception again every RETRY_SECONDS (code may catch and ignore it);
if the probe has still not stopped GRACE_SECONDS after its limit, they print one line and end the
process (os._exit), so a self-check never hangs.
"""
import contextlib
import ctypes
import os
import signal
import sys
import threading

from gankit.i18n import LANGS, say

PORTABLE_ENV = "GANKIT_PORTABLE_TIMER"  # "1": use the watchdog even where SIGALRM works (tests, Windows parity)
RETRY_SECONDS = 1.0  # the exception is raised again this often if student code catches and ignores it
GRACE_SECONDS = 10.0  # after the limit: time for the probe to unwind before the process is ended
HARD_STOP_EXIT = 3  # exit status of a self-check ended by the watchdog
HARD_STOP = {  # the line printed when the watchdog has to end the process
    "deadline.hard_stop": {
        "ko": "{check}: {seconds}초가 지나도 끝나지 않아 중단함 (코드가 한 연산 안에서 멈춰 자가 점검을 끝냅니다)",
        "en": "{check}: still running after {seconds} s (stopped; the code is stuck inside one call, "
              "so the self-check ends here)",
    },
}


class ProbeTimeout(BaseException):
    """Raised inside student code when a probe runs past its limit (BaseException: `except
    Exception` in student code cannot swallow it)."""


def portable_wanted() -> bool:
    """True where SIGALRM cannot serve: no SIGALRM (Windows), not the main thread, or forced by $GANKIT_PORTABLE_TIMER."""
    return (os.environ.get(PORTABLE_ENV) == "1" or not hasattr(signal, "SIGALRM")
            or threading.current_thread() is not threading.main_thread())


@contextlib.contextmanager
def time_limit(seconds: float, name: str = "probe", portable: bool = None):
    """Raise ProbeTimeout in this thread's code after `seconds`; `name` is what the hard-stop line calls it."""
    if portable is None:
        portable = portable_wanted()
    with (_watchdog(seconds, name) if portable else _alarm(seconds, name)):
        yield


def _hard_stop(name: str, seconds: float) -> None:
    """The probe ignored every ProbeTimeout: one line in both languages, then end the process."""
    print(" / ".join(say(HARD_STOP, "deadline.hard_stop", lang, check=name, seconds=f"{seconds:g}") for lang in LANGS),
          file=sys.__stderr__, flush=True)
    os._exit(HARD_STOP_EXIT)


@contextlib.contextmanager
def _alarm(seconds: float, name: str):
    raised = []

    def expire(signum, frame):
        if len(raised) * RETRY_SECONDS >= GRACE_SECONDS:
            _hard_stop(name, seconds)
        raised.append(signum)
        signal.setitimer(signal.ITIMER_REAL, RETRY_SECONDS)  # fire again if student code swallows this one
        raise ProbeTimeout()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _watchdog(seconds: float, name: str):
    target, done = threading.get_ident(), threading.Event()

    def watch():
        if done.wait(seconds):
            return
        for _ in range(int(GRACE_SECONDS / RETRY_SECONDS)):
            _raise_in(target, ProbeTimeout)
            if done.wait(RETRY_SECONDS):
                return
        _hard_stop(name, seconds)

    watcher = threading.Thread(target=watch, name="gankit-deadline", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        done.set()
        watcher.join()
        _raise_in(target, None)  # drop an exception the watchdog set just as the probe finished


def _raise_in(thread_id: int, exception) -> None:
    """Make `exception` (a class; None clears) arise in the thread `thread_id` at its next instruction."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exception) if exception
                                               else ctypes.py_object())
