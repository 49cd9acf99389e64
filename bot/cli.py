"""Command line: `territoires-bot ask | chat | check | map | serve | report | health`."""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from bot import console
from bot.answer import Answer
from bot.dialogue.context import NO_CONTEXT
from bot.engine import Engine
from bot.errors import ConfigError, KnowledgeError
from bot.heartbeat import MAX_AGE_SECONDS, age_seconds, heartbeat_path
from bot.knowledge.examples import Example
from bot.knowledge.keep import kept
from bot.knowledge.load import DEFAULT_DIRECTORY, Knowledge
from bot.maps.keys import (
    FRANCE_KEY,
    REGION_KEY,
    commune_key,
    department_key,
    national_key,
    region_key,
    territory_key,
)
from bot.normalize import fold
from bot.snapshot import load_engine

EXIT_INVALID = 2
_QUIT_WORDS = frozenset({"quit", "exit", "quitter", "q", "bye"})


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        result: int = args.run(args)
    except KnowledgeError as error:
        print(f"The knowledge in {args.knowledge} is invalid:", file=sys.stderr)
        for issue in error.issues:
            print(f"  {issue}", file=sys.stderr)
        return EXIT_INVALID
    except ConfigError as error:
        print(f"territoires-bot: {error}", file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader left (`… | head`): not an error worth a traceback. Point stdout at
        # /dev/null so the interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return result


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="territoires-bot",
        description="Answers questions about the « Territoires d'industrie » laureates in Occitanie.",
    )
    parser.add_argument(
        "--knowledge",
        type=Path,
        default=Path(os.environ.get("KNOWLEDGE_DIR", DEFAULT_DIRECTORY)),
        help="the knowledge directory (default: $KNOWLEDGE_DIR or the bundled one)",
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    ask = commands.add_parser("ask", help="answer one question (or one per line with --jsonl)")
    ask.add_argument("question", nargs="?", help="the question")
    form = ask.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="print one JSON object")
    form.add_argument(
        "--jsonl", action="store_true", help="read questions from stdin, one per line"
    )
    ask.add_argument("--sources", action="store_true", help="print the sources after the answer")
    ask.set_defaults(run=_ask)

    chat = commands.add_parser("chat", help="a conversation in the terminal")
    chat.add_argument(
        "--jsonl",
        action="store_true",
        help="read turns from stdin, write one JSON object per turn; an empty line starts a new conversation",
    )
    chat.set_defaults(run=_chat)

    serve = commands.add_parser(
        "serve", help="run the Telegram bot (configured by the environment)"
    )
    serve.set_defaults(run=_serve)

    drawn = commands.add_parser("map", help="draw a map of the laureates as a PNG")
    which = drawn.add_mutually_exclusive_group()
    which.add_argument(
        "--territory",
        metavar="ID",
        help="one territory: a laureate (its id, as in t_ID) or any of ANCT's 183 (ti-5304)",
    )
    which.add_argument("--department", metavar="CODE", help="a department's laureates")
    which.add_argument(
        "--commune", metavar="INSEE", help="a commune (its INSEE code) in its territory"
    )
    which.add_argument(
        "--region", metavar="NAME", help="a region's territories (its name or INSEE code)"
    )
    which.add_argument(
        "--france", action="store_true", help="ANCT's 183 territories, Occitanie's in colour"
    )
    drawn.add_argument("--out", type=Path, required=True, help="the PNG file to write")
    drawn.set_defaults(run=_map)

    report = commands.add_parser("report", help="what people asked that the bot could not answer")
    report.add_argument("--since", type=_date, help="only questions from this date (YYYY-MM-DD)")
    report.add_argument("--csv", action="store_true", help="CSV instead of text")
    report.add_argument(
        "--data",
        type=Path,
        default=Path(os.environ.get("DATA_DIR", "data")),
        help="the data directory ($DATA_DIR)",
    )
    report.set_defaults(run=_report)

    check = commands.add_parser("check", help="validate a knowledge directory")
    check.add_argument("directory", nargs="?", type=Path, help="defaults to --knowledge")
    check.set_defaults(run=_check)

    health = commands.add_parser(
        "health", help="exit 0 if a running `serve` beat recently (Docker's HEALTHCHECK)"
    )
    health.add_argument(
        "--max-age",
        type=float,
        default=MAX_AGE_SECONDS,
        help=f"seconds without a beat before unhealthy (default {MAX_AGE_SECONDS:.0f})",
    )
    health.set_defaults(run=_health)
    return parser


def _health(args: argparse.Namespace) -> int:
    path = heartbeat_path(os.environ)
    age = age_seconds(path=path)
    if age is None:
        print(f"unhealthy: no heartbeat at {path} (is `serve` running?)")
        return 1
    if age > args.max_age:
        print(f"unhealthy: the bot's loop last beat {age:.0f} s ago (more than {args.max_age:.0f})")
        return 1
    print(f"healthy: the bot's loop beat {age:.0f} s ago")
    return 0


def _engine(args: argparse.Namespace) -> Engine:
    engine = load_engine(directory=args.knowledge)
    # Kept to the end: out of the cyclic collector's sight, whose next passes would walk its
    # 400,000 objects again (some 50 ms of a command's start).
    gc.freeze()
    return engine


def _ask(args: argparse.Namespace) -> int:
    engine = _engine(args)
    if args.jsonl:
        for line in sys.stdin:
            print(
                json.dumps(_with_frames(engine, line.rstrip("\n")), ensure_ascii=False), flush=True
            )
        return 0
    if args.question is None:
        print("territoires-bot ask: give a question, or use --jsonl", file=sys.stderr)
        return EXIT_INVALID
    if args.json:
        print(json.dumps(_with_frames(engine, args.question), ensure_ascii=False, indent=2))
    else:
        answer = engine.ask(question=args.question)
        _print_answer(answer, sources=args.sources, out=sys.stdout)
        _print_map(engine, answer, out=sys.stdout)
    return 0


def _with_frames(engine: Engine, question: str) -> dict[str, object]:
    """The answer as JSON, with the frames the question was read as."""
    frames = [frame.to_json() for frame in engine.frames(question=question)]
    return {**engine.ask(question=question).to_json(), "frames": frames}


def _print_answer(answer: Answer, *, sources: bool, out: TextIO) -> None:
    print(answer.text, file=out)
    if sources and answer.sources:
        label = "Sources" if answer.language == "en" else "Source"
        print(f"\n{label} : " if answer.language == "fr" else f"\n{label}: ", end="", file=out)
        print("; ".join(answer.sources), file=out)


def _chat(args: argparse.Namespace) -> int:
    engine = _engine(args)
    if args.jsonl:
        return _chat_jsonl(engine)
    interactive = sys.stdin.isatty()
    if interactive:
        import readline  # noqa: F401, PLC0415 - line editing and history for input(), terminals only

        welcome = engine.ask(question="aide")
        print(console.render(welcome, width=_width()))
        hint = (
            "(« quit » ou Ctrl-D pour sortir ; « source » pour la source de la dernière réponse ;"
            " un chiffre pour une suggestion)"
        )
        print(f"\n{console.wrap(hint, width=_width())}\n")
    last: Answer | None = welcome if interactive else None
    context = NO_CONTEXT
    while True:
        try:
            line = input("> " if interactive else "")
        except EOFError:
            break
        if line.strip().lower() in _QUIT_WORDS:
            break
        if line.strip().lower() in {"source", "sources"} and last is not None:
            print("; ".join(last.sources) or "Pas de source pour cette réponse.", end="\n\n")
            continue
        chosen = console.choice(line, last.buttons if last is not None else ())
        turn = (
            engine.reply_key(key=chosen.key, context=context, now=time.monotonic())
            if chosen is not None
            else None
        ) or engine.reply(question=line, context=context, now=time.monotonic())
        last, context = turn.answer, turn.context
        print(console.render(last, width=_width()), flush=True)
        _print_map(engine, last, out=sys.stdout)
        print(flush=True)
    return 0


def _print_map(engine: Engine, answer: Answer, *, out: TextIO) -> None:
    """Where the answer has a map, it is written as a PNG and its path said."""
    if not answer.image:
        return
    from bot.maps.cache import MapCache  # noqa: PLC0415 - Pillow, only when a map is drawn

    png = MapCache(size=1).png(knowledge=engine.knowledge, key=answer.image)
    if png is None:
        return
    path = Path(tempfile.gettempdir()) / "territoires-bot" / f"{answer.image}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(png)
    label = "Map" if answer.language == "en" else "Carte"
    separator = ": " if answer.language == "en" else " : "
    print(f"({label}{separator}{path})", file=out)


def _map(args: argparse.Namespace) -> int:
    from bot.maps.cache import MapCache  # noqa: PLC0415 - Pillow, only when a map is drawn

    knowledge = load_engine(directory=args.knowledge).knowledge
    if args.territory:
        key = (
            national_key(args.territory)
            if args.territory.startswith("ti-")
            else territory_key(args.territory)
        )
    elif args.commune:
        key = commune_key(args.commune)
    elif args.department:
        key = department_key(args.department)
    elif args.region:
        key = region_key(_region_code(knowledge, args.region))
    elif args.france:
        key = FRANCE_KEY
    else:
        key = REGION_KEY
    png = MapCache(size=1).png(knowledge=knowledge, key=key)
    if png is None:
        what = (
            f"no territory « {args.territory} » with an outline"
            if args.territory
            else f"no commune with the INSEE code « {args.commune} »"
            if args.commune
            else f"no laureate in department « {args.department} »"
            if args.department
            else f"no region « {args.region} »"
            if args.region
            else f"no outlines in {args.knowledge}"
        )
        print(f"territoires-bot map: {what}", file=sys.stderr)
        return EXIT_INVALID
    args.out.write_bytes(png)
    print(f"{args.out}: {len(png)} bytes")
    return 0


def _region_code(knowledge: Knowledge, name: str) -> str:
    """A region's code from its code or its name, accents and case aside."""
    regions = knowledge.places.regions if knowledge.places is not None else {}
    wanted = fold(name)
    return next(
        (code for code, region in regions.items() if wanted in (code, fold(region.name))),
        name,
    )


def _chat_jsonl(engine: Engine) -> int:
    """One turn per line, one JSON object per turn; an empty line ends the conversation."""
    context = NO_CONTEXT
    for line in sys.stdin:
        question = line.rstrip("\n")
        if not question.strip():
            context = NO_CONTEXT
            continue
        turn = engine.reply(question=question, context=context, now=time.monotonic())
        context = turn.context
        print(json.dumps(turn.answer.to_json(), ensure_ascii=False), flush=True)
    return 0


def _width() -> int:
    return shutil.get_terminal_size(fallback=(80, 24)).columns


def _check(args: argparse.Namespace) -> int:
    from bot.topiccheck import routing_issues  # noqa: PLC0415 - reads the YAML again

    directory = args.directory or args.knowledge
    args.knowledge = directory
    # Imported here: check alone needs them.
    from bot.knowledge.examples import EXAMPLES_DIRECTORY, examples_key, load_examples  # noqa: PLC0415
    from bot.maps.groupings import outline_issues  # noqa: PLC0415
    from bot.understanding.learn import model_key  # noqa: PLC0415

    engine = _engine(args)
    issues = [*routing_issues(engine=engine), *outline_issues(knowledge=engine.knowledge)]
    if issues:
        raise KnowledgeError(issues)
    # Validated again only when they or the names they use change, not at every edit.
    examples = kept(
        directory=engine.knowledge.directory,
        suffix=".examples",
        key=examples_key(knowledge=engine.knowledge),
        kind=tuple,
        build=lambda: load_examples(knowledge=engine.knowledge),
    )
    print(_summary(engine.knowledge))
    print(f"{len(examples)} labelled example questions in {EXAMPLES_DIRECTORY}/")
    # What the model reads otherwise is kept too: it changes only with the model.
    misread = kept(
        directory=engine.knowledge.directory,
        suffix=".misread",
        key=model_key(knowledge=engine.knowledge),
        kind=tuple,
        build=lambda: _misread(engine, examples),
    )
    if misread:
        # Not an error: the model learns from the rest; but a label at odds with the others
        # is worth a look.
        print(f"{len(misread)} of them the model reads otherwise:")
        print("\n".join(misread))
    return 0


def _misread(engine: Engine, examples: tuple[Example, ...]) -> tuple[str, ...]:
    """« examples/questions_a.yaml:12: the model reads ask « communes » (labelled …): … »."""
    from bot.knowledge.examples import locations  # noqa: PLC0415 - for check alone
    from bot.topiccheck import misread_examples  # noqa: PLC0415 - for check alone

    misread = list(misread_examples(engine=engine, examples=examples))
    where = locations(knowledge=engine.knowledge, examples=[e for e, _ in misread])
    return tuple(
        f"  {place}: {what}: {example.question}"
        for (example, what), place in zip(misread, where, strict=True)
    )


def _summary(knowledge: Knowledge) -> str:
    from bot.knowledge.perimeter_summary import perimeter_summary  # noqa: PLC0415 - for check alone

    places = knowledge.places
    communes = (
        f", {len(places.communes_by_code)} communes (Etalab {places.version})" if places else ""
    )
    summary = (
        f"{knowledge.directory}: valid — {len(knowledge.territories)} laureates, "
        f"{len(knowledge.departments)} departments, {len(knowledge.people)} press contacts, "
        f"{len(knowledge.aliases)} aliases, {len(knowledge.topics)} topics{communes}"
    )
    return "\n".join([summary, *perimeter_summary(knowledge=knowledge)])


def _serve(args: argparse.Namespace) -> int:
    # Imported here so that the core commands never load the Telegram library. Its modules
    # make some 200,000 objects, none of them garbage: the cyclic collector's passes over
    # them, while they are imported, were some 30 ms of the start.
    gc.disable()
    try:
        from bot.telegram.app import serve  # noqa: PLC0415
    finally:
        gc.enable()

    os.environ.setdefault("KNOWLEDGE_DIR", str(args.knowledge))
    return serve()


def _date(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (expected YYYY-MM-DD)") from error


def _report(args: argparse.Namespace) -> int:
    # The question log (SQLite) and its grouping, for this command alone.
    from bot.questions.log import QUESTION_LOG_FILE, QuestionLog  # noqa: PLC0415
    from bot.questions.report import as_csv, as_text, group_questions  # noqa: PLC0415

    path = args.data / QUESTION_LOG_FILE
    if not path.is_file():
        print(f"No question log at {path} yet.")
        return 0
    questions = QuestionLog(path=path).questions(since=args.since)
    groups = group_questions(questions=questions)
    print(as_csv(groups) if args.csv else as_text(groups), end="" if args.csv else "\n")
    return 0
