"""Telegram handlers: each turns an update into engine calls and renders the answer."""

from __future__ import annotations

import hashlib
import logging
import time

from telegram import (
    BotCommand,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import Forbidden, NetworkError, TelegramError
from telegram.ext import ContextTypes

from bot.answer import Answer, Button
from bot.answers.cards import ContactCard, press_cards
from bot.engine import Engine
from bot.maps.keys import REGION_KEY
from bot.questions.log import needs_attention
from bot.telegram.context import LOG_QUESTIONS, MAP_PHOTOS, SUMMARY, engine_of
from bot.telegram.conversation import conversation_key, converse, converse_key, store_of
from bot.telegram.feedback import THANKS_FOR_FEEDBACK, Asked, recalled, record_later, remember
from bot.telegram.photos import send_map
from bot.telegram.render import keyboard, phone_international, split_message, to_html

log = logging.getLogger(__name__)

INLINE_RESULTS = 10
# The keys offered to an empty inline query, most useful first.
INLINE_DEFAULTS = ("topic_list", "topic_axes", "topic_funding", "topic_contacts", "topic_programme")

# Command → the answer key it opens. /help is an alias of /aide.
COMMANDS: dict[str, tuple[str, str]] = {
    "aide": ("topic_help", "Ce que je sais et comment me poser une question"),
    "laureats": ("topic_list", "Les 15 lauréats d'Occitanie"),
    "axes": ("topic_axes", "Les 4 axes du programme"),
    "financement": ("topic_funding", "Financement et offre de services"),
    "contacts": ("topic_contacts", "Contacts presse"),
    "programme": ("topic_programme", "Le programme Territoires d'industrie"),
    "selection": ("topic_selection", "Qui a sélectionné les lauréats"),
    "carte": (REGION_KEY, "La carte des lauréats"),
}
MENU = [
    BotCommand("start", "Bienvenue"),
    *(BotCommand(name, about) for name, (_, about) in COMMANDS.items()),
]

UNKNOWN_COMMAND = "Je ne connais pas cette commande. Tapez /aide pour voir ce que je sais faire."
STALE = "Ce bouton n'est plus valable. Posez votre question à nouveau, ou tapez /aide."
NOT_TEXT = "Je ne lis que le texte : posez votre question par écrit (par exemple « Figeac est-il lauréat ? »)."
FAILED = (
    "Désolé, je n'ai pas pu répondre à cette question : l'erreur vient de moi, elle est "
    "signalée. Reformulez-la, ou tapez /aide pour voir ce que je sais."
)
EDITED = "Je ne relis pas les messages modifiés : envoyez votre question dans un nouveau message."


async def send_answer(
    message: Message,
    answer: Answer,
    *,
    feedback: tuple[Button, ...] = (),
    context: ContextTypes.DEFAULT_TYPE | None = None,
    engine: Engine | None = None,
) -> None:
    """The answer as HTML chunks under 4096 characters, buttons under the last one; an answer
    with a map goes as a photo with the text as its caption, or as text if that fails."""
    photos = None if context is None else context.bot_data.get(MAP_PHOTOS)
    if answer.image and photos is not None and engine is not None:
        sent = await send_map(
            message, answer, photos=photos, knowledge=engine.knowledge, feedback=feedback
        )
        if sent:
            return
    chunks = split_message(to_html(answer))
    for index, chunk in enumerate(chunks):
        last = index == len(chunks) - 1
        await message.reply_html(
            chunk,
            reply_markup=keyboard(answer.buttons, feedback=feedback) if last else None,
            do_quote=False,
        )


def log_answer(
    context: ContextTypes.DEFAULT_TYPE, update: Update, answer: Answer, started: float
) -> None:
    latency_ms = round((time.perf_counter() - started) * 1000, 1)
    fields: dict[str, object] = {
        "update_id": update.update_id,
        "intent": str(answer.intent),
        "confidence": round(answer.confidence, 2),
        "latency_ms": latency_ms,
    }
    if context.bot_data.get(LOG_QUESTIONS):
        fields["question"] = answer.question
    log.debug("answered", extra=fields)
    if (summary := context.bot_data.get(SUMMARY)) is not None:
        summary.answered(intent=str(answer.intent), latency_ms=latency_ms)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None:
        return
    engine = engine_of(context)
    payload = context.args[0] if context.args else "topic_welcome"
    # /start begins a new conversation; a deep link's card is its first subject.
    key = conversation_key(message.chat, message.from_user)
    store_of(context).reset(key)
    answer = converse_key(context, engine, key=key, answer_key=payload) or engine.answer_key(
        key="topic_welcome"
    )
    if answer is not None:
        await send_answer(message, answer, context=context, engine=engine)


async def command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None or message.text is None:
        return
    name = message.text.split()[0].lstrip("/").split("@")[0].lower()
    key = COMMANDS["aide" if name == "help" else name][0]
    engine = engine_of(context)  # once: a reload meanwhile must not mix two knowledge bases
    answer = converse_key(
        context,
        engine,
        key=conversation_key(message.chat, message.from_user),
        answer_key=key,
    )
    if answer is not None:
        await send_answer(message, answer, context=context, engine=engine)
    if name == "contacts":
        await send_cards(message, press_cards(knowledge=engine.knowledge))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is not None and message.chat.type == ChatType.PRIVATE:
        await message.reply_text(UNKNOWN_COMMAND, do_quote=False)


async def send_cards(message: Message, cards: tuple[ContactCard, ...]) -> None:
    for card in cards:
        await message.reply_contact(
            phone_number=phone_international(card.phones[0]),
            first_name=card.first_name,
            last_name=card.last_name,
            vcard=vcard(card),
            do_quote=False,
        )


def vcard(card: ContactCard) -> str:
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{card.last_name};{card.first_name};;;",
        f"FN:{card.first_name} {card.last_name}",
        f"ORG:{card.organisation}",
        *(f"TEL;TYPE=work,voice:{phone_international(phone)}" for phone in card.phones),
        *([f"EMAIL;TYPE=work:{card.email}"] if card.email else []),
        "END:VCARD",
    ]
    return "\r\n".join(lines)


async def text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None or message.text is None:
        return
    started = time.perf_counter()
    question = message.text
    private = message.chat.type == ChatType.PRIVATE
    if not private:
        addressed = _addressed_text(message, username=context.bot.username, bot_id=context.bot.id)
        if addressed is None:
            return
        question = addressed
    engine = engine_of(context)
    answer = converse(
        context,
        engine,
        key=conversation_key(message.chat, message.from_user),
        question=question,
    )
    user_id = message.from_user.id if message.from_user else None
    asked = Asked(answer=answer, chat_type=message.chat.type, user_id=user_id)
    feedback = remember(context, asked) if private else ()
    await send_answer(message, answer, feedback=feedback, context=context, engine=engine)
    log_answer(context, update, answer, started)
    if needs_attention(answer):
        record_later(context, asked, kind="unanswered")


def _addressed_text(message: Message, *, username: str, bot_id: int) -> str | None:
    """The question in a group message meant for the bot: a mention, or a reply to it."""
    assert message.text is not None
    mention = f"@{username}".lower()
    if mention in message.text.lower():
        start = message.text.lower().index(mention)
        return (message.text[:start] + message.text[start + len(mention) :]).strip()
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        return message.text
    return None


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None:
        return
    data = query.data or ""
    if data.startswith("fb_"):
        await query.answer(THANKS_FOR_FEEDBACK)
        asked = recalled(context, data)
        if data.startswith("fb_down_") and asked is not None:
            record_later(context, asked, kind="disliked")
        return
    await query.answer()
    message = query.message
    if not isinstance(message, Message):
        return
    engine = engine_of(context)
    answer = converse_key(
        context, engine, key=conversation_key(message.chat, query.from_user), answer_key=data
    )
    if answer is None:
        await message.reply_text(STALE, do_quote=False)
        return
    await send_answer(message, answer, context=context, engine=engine)


async def inline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.inline_query
    if query is None:
        return
    engine = engine_of(context)
    answers: list[tuple[str, Answer]] = []
    if query.query.strip():
        first = engine.ask(question=query.query)
        answers.append(("q" + hashlib.sha1(query.query.encode()).hexdigest()[:20], first))
        # A map's answer repeats its card: inline results are text only.
        answers.extend(
            (b.key, found)
            for b in first.buttons
            if (found := engine.answer_key(key=b.key)) is not None and not found.image
        )
    else:
        answers.extend(
            (key, found)
            for key in INLINE_DEFAULTS
            if (found := engine.answer_key(key=key)) is not None
        )
    results = []
    seen: set[str] = set()
    for result_id, answer in answers:
        if result_id in seen:
            continue
        seen.add(result_id)
        body = split_message(to_html(answer))[0]
        results.append(
            InlineQueryResultArticle(
                id=result_id,
                title=answer.title or answer.text[:60],
                description=answer.text[:120],
                input_message_content=InputTextMessageContent(body, parse_mode=ParseMode.HTML),
            )
        )
    await query.answer(results[:INLINE_RESULTS], cache_time=300)


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is not None:
        await message.reply_text(NOT_TEXT, do_quote=False)


async def edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.edited_message
    if message is not None:
        await message.reply_text(EDITED, do_quote=False)


async def error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every failure is logged once with its update id; the other updates go on."""
    update_id = update.update_id if isinstance(update, Update) else None
    if (summary := context.bot_data.get(SUMMARY)) is not None:
        summary.failed()
    if update is None and isinstance(context.error, NetworkError):
        log.warning("polling: %s; polling resumes", context.error)
        return
    if isinstance(context.error, Forbidden):
        log.warning(
            "update %s: the user blocked the bot or left the chat (%s)", update_id, context.error
        )
        return
    if isinstance(context.error, NetworkError):
        # Already tried again (bot.telegram.delivery): one line, no traceback.
        log.error("update %s: reply not delivered: %s", update_id, context.error)
        return
    log.error("update %s: unexpected error", update_id, exc_info=context.error)
    # The user still hears back: a question met with silence looks like a dead bot.
    message = update.effective_message if isinstance(update, Update) else None
    if message is not None and message.text:
        try:
            await message.reply_text(FAILED, do_quote=False)
        except TelegramError as failure:
            log.warning("update %s: the apology was not delivered either: %s", update_id, failure)
