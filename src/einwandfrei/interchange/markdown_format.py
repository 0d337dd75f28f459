"""A readable Markdown rendering of the library, for sharing and reading (not for importing).

Its headings and labels are `Message` templates: the window and the command line pass their
`translate`, so a German user gets a German document ("Ohne Kategorie", "Dahinter:").
"""

from __future__ import annotations

import re
from itertools import groupby

from einwandfrei.messages import QT_TRANSLATE_NOOP, Message, Translate
from einwandfrei.planning.library_content import LibraryContent

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")

TITLE = QT_TRANSLATE_NOOP("Messages", "Objection library")
WITHOUT_CATEGORY = QT_TRANSLATE_NOOP("Messages", "Without category")
TAGS = QT_TRANSLATE_NOOP("Messages", "Tags: {tags}")
BEHIND_IT = QT_TRANSLATE_NOOP("Messages", "Behind it:")
PROBE_FIRST = QT_TRANSLATE_NOOP("Messages", "Probe first:")
THEN_ASK = QT_TRANSLATE_NOOP("Messages", "Then ask:")


def _escape(text: str) -> str:
    """User text as literal Markdown: markup characters escaped, lines kept together."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def library_to_markdown(
    content: LibraryContent, title: str | None = None, *, translate: Translate | None = None
) -> str:
    """One section per category; each objection with its concern, probes and numbered responses.

    `translate` puts the headings and labels into the reader's language (none: English).
    """

    def word(template: str, **values: str) -> str:
        return Message(template, **values).render(translate)

    heading = title if title is not None else word(TITLE)
    behind, probe, then_ask = _escape(word(BEHIND_IT)), _escape(word(PROBE_FIRST)), word(THEN_ASK)
    lines = [f"# {_escape(heading)}", ""]
    for category, objections in groupby(content.objections, key=lambda o: o.category):
        lines += [f"## {_escape(category) if category else _escape(word(WITHOUT_CATEGORY))}", ""]
        for objection in objections:
            lines += [f"### {_escape(objection.text)}", ""]
            if objection.tags:
                tags = ", ".join(_escape(tag) for tag in objection.tags)
                lines += [word(TAGS, tags=tags), ""]
            if objection.concern:
                lines += [f"*{behind}* {_escape(objection.concern)}", ""]
            if objection.probing_questions:
                lines += [f"*{probe}*", ""]
                lines += [f"- {_escape(question)}" for question in objection.probing_questions]
                lines.append("")
            for number, response in enumerate(objection.responses, start=1):
                technique = f"**{_escape(response.technique)}** — " if response.technique else ""
                lines.append(f"{number}. {technique}{_escape(response.text)}")
                if response.follow_up:
                    lines.append(f"   *{_escape(then_ask)}* {_escape(response.follow_up)}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"
