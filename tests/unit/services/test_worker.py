"""services/worker: the one thread helper. Results and errors come back on the owner's thread,
one job at a time, and the worker is free again before anyone hears the answer."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from ringoff.services.worker import Worker


def test_the_result_comes_back_on_the_owners_thread(qtbot: QtBot) -> None:
    worker = Worker(name="ringoff-test")
    ran_in: list[str] = []
    heard: list[tuple[object, object, str, bool]] = []
    worker.done.connect(
        lambda result, error: heard.append(
            (result, error, threading.current_thread().name, worker.running)
        )
    )

    def job() -> int:
        ran_in.append(threading.current_thread().name)
        return 42

    with qtbot.waitSignal(worker.done, timeout=5_000):
        assert worker.start(job)
    assert ran_in == ["ringoff-test"]
    assert heard == [(42, None, threading.main_thread().name, False)]


def test_an_error_is_handed_back_not_raised(qtbot: QtBot) -> None:
    worker = Worker()
    heard: list[tuple[object, object]] = []
    worker.done.connect(lambda result, error: heard.append((result, error)))

    def job() -> None:
        raise ValueError("slow and wrong")

    with qtbot.waitSignal(worker.done, timeout=5_000):
        worker.start(job)
    assert heard[0][0] is None
    assert isinstance(heard[0][1], ValueError)


def test_one_job_at_a_time(qtbot: QtBot) -> None:
    worker = Worker()
    release = threading.Event()
    calls: list[str] = []

    def slow() -> str:
        release.wait(5)
        calls.append("slow")
        return "slow"

    assert worker.start(slow)
    assert worker.running
    assert not worker.start(lambda: calls.append("second"))  # a double click starts nothing
    with qtbot.waitSignal(worker.done, timeout=5_000) as blocker:
        release.set()
    assert blocker.args == ["slow", None]
    assert calls == ["slow"]
    assert not worker.running
