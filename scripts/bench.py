"""`make bench`: knowledge load time, answer latency over the question set, peak memory."""

from __future__ import annotations

import gc
import os
import resource
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bot.engine import Engine
from bot.holder import EngineHolder
from bot.knowledge.examples import load_examples
from bot.knowledge.load import DEFAULT_DIRECTORY, load_knowledge
from bot.understanding.learn import samples_of, train_apart
from bot.understanding.link import Linker
from bot.understanding.matching import Matcher
from tests.evaluate import HELDOUT, Case, load_cases

LOAD_RUNS = 5
RELOADS = 5
ROUNDS = 20


def rss_mb() -> float:
    """The resident memory of this process now (ru_maxrss is only its peak)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def median_ms(action: Callable[[], object], runs: int = LOAD_RUNS) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000


def names_places(case: Case) -> bool:
    """A question about where places stand, rather than about the programme."""
    return case.intent == "laureate"


def latency(engine: Engine, questions: list[str], label: str) -> str:
    timings = []
    for _ in range(ROUNDS):
        for question in questions:
            start = time.perf_counter()
            engine.ask(question=question)
            timings.append(time.perf_counter() - start)
    timings.sort()
    p50, p99 = statistics.median(timings), timings[int(len(timings) * 0.99) - 1]
    return (
        f"{label} x {ROUNDS}: p50 {p50 * 1000:.3f} ms, p99 {p99 * 1000:.3f} ms, "
        f"max {timings[-1] * 1000:.3f} ms"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as yaml_only:
        # Everything but the communes (perimeters.json is required beside the YAML).
        for path in [*DEFAULT_DIRECTORY.glob("*.yaml"), *DEFAULT_DIRECTORY.glob("*.json")]:
            shutil.copy(path, yaml_only)
        yaml_ms = median_ms(lambda: load_knowledge(directory=Path(yaml_only)))
    print(
        f"knowledge load, YAML and perimeters without the communes (validated): median {yaml_ms:.0f} ms over {LOAD_RUNS} runs"
    )
    loads = []
    for _ in range(LOAD_RUNS):
        start = time.perf_counter()
        engine = Engine(knowledge=load_knowledge())
        loads.append(time.perf_counter() - start)
    print(
        f"knowledge load (YAML + every commune, engine built): median {statistics.median(loads) * 1000:.0f} ms over {LOAD_RUNS} runs"
    )
    cases = load_cases()
    questions = [case.question for case in cases]
    for question in questions:
        engine.ask(question=question)
    print(latency(engine, questions, f"answer latency over {len(questions)} questions"))
    # Issue 9's targets: 1 ms for questions on the programme, 2 ms for those naming places.
    print(latency(engine, [c.question for c in cases if not names_places(c)], "  on the programme"))
    print(latency(engine, [c.question for c in cases if names_places(c)], "  naming places"))
    heldout = [c.question for c in load_cases(HELDOUT) if not names_places(c)]
    print(latency(engine, heldout, f"held-out questions on the programme ({len(heldout)})"))
    # Issue 16's target: 2 ms at p99 for any question, read as frames and answered.
    examples = [e.question for e in load_examples(knowledge=engine.knowledge)]
    print(latency(engine, examples, f"labelled example questions ({len(examples)})"))
    linker = Linker(knowledge=engine.knowledge, matcher=Matcher(knowledge=engine.knowledge))
    samples = [
        s for e in load_examples(knowledge=engine.knowledge) for s in samples_of(e, linker=linker)
    ]
    start = time.perf_counter()
    train_apart(samples=samples, key="bench")
    print(
        f"model training from {len(samples)} examples, in its own process: "
        f"{(time.perf_counter() - start) * 1000:.0f} ms"
    )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS of this process): {peak_mb:.0f} MB")
    with tempfile.TemporaryDirectory() as copy:
        # Reloads of an edited knowledge (an unchanged one keeps the engine in use).
        directory = Path(copy) / "knowledge"
        shutil.copytree(DEFAULT_DIRECTORY, directory)
        holder = EngineHolder(engine=engine, directory=directory)
        del engine
        gc.collect()
        before_mb = rss_mb()
        for reload in range(RELOADS):
            with (directory / "sources.yaml").open("a", encoding="utf-8") as stream:
                stream.write(f"# edit {reload}\n")
            holder.reload()
            holder.engine.ask(question="Figeac")
        gc.collect()
        print(
            f"memory (RSS) before {RELOADS} reloads of an edited knowledge {before_mb:.0f} MB, "
            f"after {rss_mb():.0f} MB ({(rss_mb() / before_mb - 1) * 100:+.0f} %)"
        )


if __name__ == "__main__":
    main()
