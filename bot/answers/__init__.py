"""Writes each answer, in correct French (or English when asked in English), from the knowledge only."""

from bot.answers.common import OCCITANIE, key
from bot.answers.contacts import ContactAnswers
from bot.answers.conversation import ConversationAnswers
from bot.answers.maps import MapAnswers
from bot.answers.places import PlaceAnswers
from bot.answers.topics import TopicAnswers


class Composer(MapAnswers, PlaceAnswers, TopicAnswers, ContactAnswers, ConversationAnswers):
    """Every kind of answer, one module per concern."""


__all__ = ["OCCITANIE", "Composer", "key"]
