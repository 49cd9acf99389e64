"""`make bench`: knowledge load time, answer latency over the question set, peak memory."""

from __future__ import annotations

import resource
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bot.engine import Engine
from bot.knowledge import DEFAULT_DIRECTORY, load_knowledge
from tests.evaluate import load_cases

LOAD_RUNS = 5
ROUNDS = 20


def median_ms(action: Callable[[], object], runs: int = LOAD_RUNS) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as yaml_only:
        for path in DEFAULT_DIRECTORY.glob("*.yaml"):
            shutil.copy(path, yaml_only)
        yaml_ms = median_ms(lambda: load_knowledge(directory=Path(yaml_only)))
    print(f"knowledge load, YAML alone (validated): median {yaml_ms:.0f} ms over {LOAD_RUNS} runs")
    loads = []
    for _ in range(LOAD_RUNS):
        start = time.perf_counter()
        engine = Engine(knowledge=load_knowledge())
        loads.append(time.perf_counter() - start)
    questions = [case.question for case in load_cases()]
    for question in questions:
        engine.ask(question=question)
    timings = []
    for _ in range(ROUNDS):
        for question in questions:
            start = time.perf_counter()
            engine.ask(question=question)
            timings.append(time.perf_counter() - start)
    timings.sort()
    p99 = timings[int(len(timings) * 0.99) - 1]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"knowledge load (YAML + every commune, engine built): median {statistics.median(loads) * 1000:.0f} ms over {LOAD_RUNS} runs"
    )
    print(
        f"answer latency over {len(questions)} questions x {ROUNDS}: p50 {statistics.median(timings) * 1000:.3f} ms, p99 {p99 * 1000:.3f} ms, max {timings[-1] * 1000:.3f} ms"
    )
    print(f"peak memory (max RSS of this process): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
