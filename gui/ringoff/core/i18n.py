"""Marking user-facing text in Qt-free code.

core/ and storage/ cannot call Qt's ``tr``. They write ``QT_TRANSLATE_NOOP("Context", "Text")``,
which lupdate recognises (it keys on the call's name) and collects into resources/i18n/*.ts.
Here the call returns a :class:`Text` rather than a plain string, so the message keeps its
context and placeholder values until the layer that shows it (ui/ or the command line)
translates it with ``ringoff.services.translations.translate(text)``.

pyside6-lupdate ignores ``-tr-function-alias`` for Python, so the name must stay exactly
``QT_TRANSLATE_NOOP`` and both arguments must be string literals.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Text:
    """A translatable message: its lupdate context, English source and ``{placeholder}`` values."""

    context: str
    source: str
    args: dict[str, Any] = field(default_factory=dict)

    def format(self, **args: Any) -> Text:
        """The same message with placeholder values filled in later by :meth:`render`."""
        return replace(self, args={**self.args, **args})

    def render(self, translated: str | None = None) -> str:
        """Fill the placeholders into *translated* (or into the English source)."""
        template = translated or self.source
        if not self.args:
            return template
        try:
            return template.format(**self.args)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the message: fall back to English.
            return self.source.format(**self.args)

    def __str__(self) -> str:
        return self.render()


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:
    """Mark *source* for translation under *context* and return it as a :class:`Text`."""
    return Text(context, source)
