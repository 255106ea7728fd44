"""What the "why" view says about a card item: the rule, its YAML, the words it matched.

Pure functions returning Rich ``Text``, so they can be tested without a screen.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from ..articles.safe_text import printable
from ..cards.engine import REPEATED_TITLE_RULE
from ..cards.model import Actor, Statement
from ..cards.statements import BUILTIN_RULES
from ..rules.brief import Brief

BUILTIN_DESCRIPTIONS = {
    **BUILTIN_RULES,
    REPEATED_TITLE_RULE: "A paragraph that repeats the article's title is page furniture, not story.",
    "meta.byline": "The byline (author line) names this person.",
    "meta.source-line": "The line naming the outlet the article was taken from.",
    "actor.surname": "A surname used alone, after the full name appeared earlier in the article.",
    "actor.recurring-name": "A capitalised name that recurs in the article is taken as an actor.",
    "actor.capitalised-name": "A run of capitalised words shaped like a person's name.",
    "actor.org-name": "Capitalised words ending in an organisation word (Ministry, Council, ...).",
    "actor.administration": "'the X administration' names an organisation led by X; 'the administration' alone is the one the article names.",
    "actor.office-of": "An unnamed spokesperson stands for the office or body they speak for.",
    "actor.speaker-name": "A name found as the speaker of an attribution ('..., Smith said').",
    "actor.family-name": "A family member named by a first name takes the family's name ('his daughter Bella').",
    "actor.nationality": "A nationality that acts stands for its country ('the Russians have', 'the Chinese government').",
}
"""Rules built into the engine (no YAML to show), described in one line each."""


def _words(text: str, span: tuple[int, int] | None) -> str:
    if not span:
        return ""
    return " ".join(printable(text[span[0]:span[1]]).split())


def rule_block(brief: Brief, rule_id: str) -> list[RenderableType]:
    """Heading line and YAML (or a description) for one rule id."""
    out: list[RenderableType] = []
    if not rule_id:
        out.append(Text("(no rule recorded)", style="dim italic"))
        return out
    rule = brief.rule(rule_id)
    if rule is not None:
        head = Text()
        head.append(rule_id, style="bold")
        head.append(f"   {rule.file}:{rule.line}", style="dim")
        out.append(head)
        if rule.description:
            out.append(Text(printable(rule.description), style="italic"))
        out.append(yaml_source(rule.source, rule.line, rule.pattern))
        return out
    if rule_id.startswith("gazetteer."):
        entry = next((a for a in brief.actors if a.id == rule_id), None)
        if entry is not None:
            head = Text()
            head.append(rule_id, style="bold")
            head.append(f"   {entry.file}:{entry.line}", style="dim")
            out.append(head)
            body = f"actor from the brief's gazetteer: {entry.name} ({entry.kind})"
            if entry.aliases:
                body += "\naliases: " + ", ".join(entry.aliases)
            if entry.role:
                body += "\nrole: " + entry.role
            out.append(Text(printable(body)))
            return out
    head = Text()
    head.append(rule_id, style="bold")
    head.append("   built into the engine", style="dim")
    out.append(head)
    description = BUILTIN_DESCRIPTIONS.get(rule_id)
    if description is None and rule_id.startswith("gazetteer."):
        description = "An actor listed in the brief's actors section."
    out.append(Text(description or "No description recorded for this rule.", style="italic"))
    return out


def trim_source(source: str) -> str:
    """The rule's own lines: drop a following list item the source may run into."""
    lines = source.rstrip("\n").split("\n")
    if not lines:
        return ""
    first = lines[0]
    indent = len(first) - len(first.lstrip(" "))
    keep = [first]
    for line in lines[1:]:
        stripped = line.lstrip(" ")
        if stripped.startswith("- ") and len(line) - len(stripped) <= indent:
            break
        keep.append(line)
    while keep and not keep[-1].strip():
        keep.pop()
    return "\n".join(keep)


def yaml_source(source: str, line: int, fallback: str) -> RenderableType:
    """The YAML of a rule with the file's line numbers (never interpreted as markup)."""
    code = printable(trim_source(source)).replace("\ufffd", "?") or fallback
    from rich.syntax import Syntax  # Pygments only when a why view opens

    return Syntax(code, "yaml", theme="ansi_dark", line_numbers=True, start_line=max(1, line),
                  word_wrap=True, background_color="default")


def _section(title: str) -> Text:
    return Text("\n" + title, style="bold underline")


def explain_statement(brief: Brief, text: str, st: Statement) -> RenderableType:
    parts: list[RenderableType] = []
    title = Text()
    title.append(f"{st.kind.capitalize()} by ", style="bold")
    title.append(printable(st.speaker), style="bold")
    parts.append(title)
    parts.append(_section("Matched words"))
    parts.append(Text(_words(text, (st.start, st.end)) or printable(st.text)))
    parts.append(Text(f"characters {st.start}–{st.end}", style="dim"))
    if st.kind == "denial":
        parts.extend(_denial_reason(text, st))
    parts.append(_section("Rule that decided it"))
    parts.extend(rule_block(brief, st.rule))
    if st.cue:
        parts.append(_section("Attribution cue"))
        parts.append(Text(_words(text, st.cue)))
    if st.source or st.how:
        parts.append(_section("Source and speaker"))
        if st.source:
            parts.append(Text(f"source words: {_words(text, st.source)}"))
        if st.how:
            parts.append(Text(printable(st.how), style="italic"))
    if st.attribution and st.attribution != st.rule:
        parts.append(_section("Attribution rule"))
        parts.extend(rule_block(brief, st.attribution))
    return Group(*parts)


DENIAL_CATEGORIES = {
    "rejection": "the speaker rejects a report or allegation (denied, dismissed, pushed back on ...)",
    "challenge": "the speaker challenges a report or its facts (disputed, contested, questioned the accuracy of ...)",
    "falsity": "the speaker calls something false (untrue, inaccurate, fabricated, a smear ...)",
    "knowledge": "the speaker disclaims knowledge (no knowledge of, not aware, cannot recall ...)",
    "involvement": "the speaker disclaims involvement or contact (not involved, nothing to do with ...)",
    "innocence": "the speaker disclaims wrongdoing (innocent, did nothing wrong, not guilty ...)",
    "act": "the speaker denies an act (did not approve, never met, was not authorised ...)",
}
"""What each denial category means, in the analyst's words."""


def _denial_reason(text: str, st: Statement) -> list[RenderableType]:
    """The denial's category and the words that made it one (the analyst's "why")."""
    out: list[RenderableType] = [_section("Why a denial")]
    line = Text()
    line.append("category: ", style="dim")
    line.append(printable(st.category or "not recorded"), style="bold")
    meaning = DENIAL_CATEGORIES.get(st.category)
    if meaning:
        line.append(f" - {meaning}", style="italic")
    out.append(line)
    words = _words(text, st.marker)
    if words:
        marked = Text()
        marked.append("words: ", style="dim")
        marked.append(f"“{words}”", style="bold")
        out.append(marked)
    return out


def explain_actor(brief: Brief, text: str, actor: Actor) -> RenderableType:
    parts: list[RenderableType] = []
    title = Text()
    title.append(printable(actor.name), style="bold")
    title.append(f"  {actor.kind}", style="dim")
    parts.append(title)
    if actor.role or actor.affiliation:
        parts.append(Text(printable(", ".join(x for x in (actor.role, actor.affiliation) if x))))
    parts.append(_section(f"Mentions ({len(actor.mentions)})"))
    seen: dict[str, int] = {}
    for span in actor.mentions:
        words = _words(text, span)
        seen[words] = seen.get(words, 0) + 1
    parts.append(Text(", ".join(f"{w} ×{n}" if n > 1 else w for w, n in seen.items()) or "none"))
    parts.append(_section("Rule that found it"))
    parts.extend(rule_block(brief, actor.rule))
    return Group(*parts)
