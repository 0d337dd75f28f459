"""A readable Markdown rendering of the library, for sharing and reading (not for importing)."""

from __future__ import annotations

import re
from itertools import groupby

from einwandfrei.planning.library_content import LibraryContent

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


def _escape(text: str) -> str:
    """User text as literal Markdown: markup characters escaped, lines kept together."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def library_to_markdown(content: LibraryContent, title: str = "Objection library") -> str:
    """One section per category; each objection with its concern, probes and numbered responses."""
    lines = [f"# {_escape(title)}", ""]
    for category, objections in groupby(content.objections, key=lambda o: o.category):
        lines += [f"## {_escape(category) if category else 'Without category'}", ""]
        for objection in objections:
            lines += [f"### {_escape(objection.text)}", ""]
            if objection.tags:
                lines += ["Tags: " + ", ".join(_escape(tag) for tag in objection.tags), ""]
            if objection.concern:
                lines += [f"*Behind it:* {_escape(objection.concern)}", ""]
            if objection.probing_questions:
                lines += ["*Probe first:*", ""]
                lines += [f"- {_escape(question)}" for question in objection.probing_questions]
                lines.append("")
            for number, response in enumerate(objection.responses, start=1):
                technique = f"**{_escape(response.technique)}** — " if response.technique else ""
                lines.append(f"{number}. {technique}{_escape(response.text)}")
                if response.follow_up:
                    lines.append(f"   *Then ask:* {_escape(response.follow_up)}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"
