"""`territoires-bot check` beyond the schema: every example question of knowledge/topics.yaml
must be answered with its own topic, or the press officer's edit would not do what it says;
and the labelled examples the model reads otherwise are named."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from bot.engine import Engine
from bot.errors import KnowledgeIssue
from bot.knowledge.examples import Example
from bot.knowledge.yamlfile import read_yaml

TOPICS_FILE = "topics.yaml"


def routing_issues(*, engine: Engine) -> Iterator[KnowledgeIssue]:
    """An example answered with another topic than the one it is written under."""
    knowledge = engine.knowledge
    document = read_yaml(path=knowledge.directory / TOPICS_FILE)
    for i, topic in enumerate(knowledge.topics):
        for lang in ("fr", "en"):
            for j, example in enumerate(getattr(topic.examples, lang)):
                answer = engine.ask_topics(question=example)
                reading = engine.read(question=example)
                rival = next(
                    (
                        r.topic
                        for r in reading.ranking
                        if r.topic != topic.id and r.score >= reading.score(topic.id)
                    ),
                    None,
                )
                if answer.intent == topic.id and rival is None:
                    continue
                if answer.intent != topic.id:
                    message = (
                        f"« {example} » is answered as « {answer.intent} », not « {topic.id} »"
                    )
                else:
                    message = f"« {example} » reads as close to « {rival} » as to « {topic.id} »"
                location = ("topics", i, "examples", lang, j)
                yield KnowledgeIssue(
                    file=TOPICS_FILE,
                    line=document.line_of(location),
                    field=".".join(str(part) for part in location),
                    message=message + ": reword it, or add examples and terms that tell them apart",
                )


def misread_examples(
    *, engine: Engine, examples: Sequence[Example]
) -> Iterator[tuple[Example, str]]:
    """Labelled questions (read alone, asking one thing) whose frame the model, trained on
    them, reads otherwise: a label at odds with others like it, or too few examples of a
    kind. Each with what the model reads."""
    for example in examples:
        if example.previous or len(example.frames) != 1:
            continue
        frames = engine.frames(question=example.question)
        if not frames:
            continue
        label, read = example.frames[0], frames[0]
        wrong = [
            f"{field} « {getattr(read, field)} » (labelled « {getattr(label, field)} »)"
            for field in ("ask", "op")
            if getattr(read, field) != getattr(label, field)
        ]
        if wrong:
            yield example, "the model reads " + " and ".join(wrong)
