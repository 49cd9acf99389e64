"""`make bench`: per-turn latency of conversations, and the memory of 10,000 live ones."""

from __future__ import annotations

import statistics
import time
import tracemalloc

from bot.dialogue.context import NO_CONTEXT, Context
from bot.dialogue.conversations import DEFAULT_CAPACITY, ContextStore
from bot.engine import Engine
from bot.knowledge.load import load_knowledge
from tests.evaluate import load_cases
from tests.evaluate_conversations import load_conversations

ROUNDS = 20
LIVE = 10_000


def main() -> None:
    knowledge = load_knowledge()
    engine = Engine(knowledge=knowledge)
    conversations = load_conversations(knowledge=knowledge)
    timings = []
    for _ in range(ROUNDS):
        for conversation in conversations:
            context, now = NO_CONTEXT, 0.0
            for turn in conversation.turns:
                start = time.perf_counter()
                reply = engine.reply(question=turn.question, context=context, now=now)
                timings.append(time.perf_counter() - start)
                context, now = reply.context, now + 20
    timings.sort()
    p99 = timings[int(len(timings) * 0.99) - 1]
    print(
        f"conversation turns ({len(timings) // ROUNDS} turns x {ROUNDS}): "
        f"p50 {statistics.median(timings) * 1000:.3f} ms, p99 {p99 * 1000:.3f} ms, "
        f"max {timings[-1] * 1000:.3f} ms"
    )
    # Live contexts as users leave them: each the context of a real answer, made anew.
    questions = [case.question for case in load_cases()]
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    store = ContextStore(capacity=max(LIVE, DEFAULT_CAPACITY))
    for index in range(LIVE):
        question = questions[index % len(questions)]
        live: Context = engine.reply(question=question, context=NO_CONTEXT, now=0).context
        store.put(index, live, now=0)
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    grown = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
    print(
        f"memory of {len(store)} live conversations: {grown / 1e6:.1f} MB "
        f"({grown / len(store):.0f} bytes each, store capacity {DEFAULT_CAPACITY})"
    )


if __name__ == "__main__":
    main()
