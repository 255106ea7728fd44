"""The attribution forms: the rule language's contract, in one place.

An attribution rule names a ``form:`` that says how the engine turns its match into a
statement. Each form is registered here with the named groups its pattern must have,
the keys it accepts beyond the common ones and the lexicons it reads, so the loader can
check a brief against this registry (a misspelt or missing lexicon is a problem with
file:line:col, not a silent no-op) and the README's table is generated from it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Form:
    """One attribution form: what a rule of this form must provide and what it reads."""

    name: str
    summary: str
    groups: tuple[str, ...] = ()
    """Named groups the pattern must capture (``speaker`` may be replaced by a ``speaker:`` key)."""
    lexicons: tuple[str, ...] = ()
    """Lexicons the engine reads for this form: they must exist in the brief."""
    macros: tuple[str, ...] = ()
    """Macros the engine reads for this form: they must exist in the brief."""
    trigger_lexicons: tuple[str, ...] = ()
    """Lexicons whose words make a sentence worth trying this form on (the engine's prefilter)."""
    fixed_speaker: bool = False
    """True when the speaker comes from the form (``speaker: source``), not from a group."""


FORMS: dict[str, Form] = {}


def register(form: Form) -> Form:
    FORMS[form.name] = form
    return form


_PRONOUN_LEXICONS = ("pronoun", "person_pronoun", "gendered_pronoun", "org_pronoun", "role", "unnamed", "org_role", "office",
                     "source_cut", "office_of", "complementizer", "auxiliary", "relay_as", "relay_by", "relay_tail", "subordinator",
                     "contraction", "possessive_pronoun", "staff", "document", "party_member", "party_plural",
                     "role_abbreviation", "descriptive_role", "name_links", "name_prefix",
                     "descriptor_head", "descriptor_optional", "descriptor_form", "party_letter", "descriptor_generic", "determiner", "office",
                     "sentence_opener", "opener_tail", "object_preposition", "definite_article", "titles",
                     "list_conjunction", "list_article", "outlet_role")
"""What the engine reads to resolve any form's source: pronouns, roles, where a source phrase ends."""

register(Form("quote-after", "the words after a quotation name its speaker: '\"...,\" Kirby said'",
              groups=("speaker",), lexicons=_PRONOUN_LEXICONS + ("question_frame",)))
register(Form("quote-before", "the words before a quotation name its speaker: 'Kirby said: \"...\"'",
              groups=("speaker",), lexicons=_PRONOUN_LEXICONS + ("occasion_noun", "hearer_preposition",
                                                                "article", "role_link")))
register(Form("quote-label", "a 'Quote:' label quotes the source the article cites", fixed_speaker=True))
register(Form("indirect", "reported speech: the pattern captures speaker and content",
              groups=("speaker", "content"), lexicons=_PRONOUN_LEXICONS, macros=("tail_attribution",)))
register(Form("told-outlet", "unnamed sources told an outlet: the outlet reports it",
              groups=("speaker", "content"), lexicons=("unnamed",)))
register(Form("denial-verb", "the verb itself is the denial: 'X denied ...'; a named outlet's report "
                             "it rejects is that outlet's claim; an optional `object` group (a pronoun "
                             "pointing back: '..., although X disputes this') ends the item after it",
              groups=("speaker", "content"), lexicons=_PRONOUN_LEXICONS + ("allegation", "report_content")))
register(Form("relay-tag", "an outlet's closing report tag after a named sayer's statement ('..., the Gazette "
                            "reported.'): the outlet gets its report's claim beside the sayer's",
              groups=("speaker", "content"), lexicons=("relay_report", "relay_report_adverb", "relay_document")))
register(Form("reported", "'reportedly' and '- media': the outlet the article cites says it", fixed_speaker=True))
register(Form("follow-on", "', adding that ...' after an attributed quote: the same speaker goes on",
              groups=("content",)))
register(Form("post", "a reproduced social-media post signed '— Name (@handle) Date': the paragraph "
                      "is one unit, the signer's (quotations inside it are nested speech)",
              groups=("speaker", "content"), lexicons=_PRONOUN_LEXICONS))
register(Form("colon-intro", "a paragraph that ends in a colon and names a source without a speech verb "
                             "('a statement released by X:', 'X issued the following statement:'): the "
                             "paragraph after it, or a bullet list, is the source's",
              groups=("speaker",), lexicons=_PRONOUN_LEXICONS))
register(Form("cue", "cue first: the pattern finds a reporting cue (any tense, participle, headline verb); "
                     "the source is found around it (subject across appositives, titles and party tags, "
                     "a coordinated or participle clause's subject, the inverted subject after it) "
                     "and the content after it",
              lexicons=("cue_filler", "cue_object", "content_fragment", "participle_cue", "clause_intro", "passive_aux",
                        "infinitive_cue", "document", "participle_lead", "title_break", "object_lead", "family_nouns", "say", "determiner", "relative_pronoun",
                        "auxiliary", "empty_content", "time_lead", "function_words", "tell_cue", "relative_opener",
                        "clause_joiner", "contrast_joiner", "causative_verb", "inclusion_lead", "wh_content",
                        "object_content_cue", "object_content_lead", "relative_pronoun_thing", "main_verb",
                        "subordinator", "publication", "request_participle", "release_verb", "occasion_noun", "titles",
                        "hearer_preposition", "colon_clause_lead", "subject_pronoun", "media_object", "post_verb") + _PRONOUN_LEXICONS,
              macros=("speaker", "speaker_tag", "dateline", "opening_participle", "cue_aside", "time_opening"),
              trigger_lexicons=("cue_verbs", "headline_cue")))


def forms_table() -> str:
    """The README's table of forms, generated so it cannot drift from the registry."""
    rows = ["| form | what it does | groups | lexicons and macros it reads |", "|---|---|---|---|"]
    for form in FORMS.values():
        groups = ", ".join(form.groups) or ("(speaker: source)" if form.fixed_speaker else "")
        rows.append(f"| `{form.name}` | {form.summary} | {groups} | {', '.join(form.trigger_lexicons + form.lexicons + form.macros)} |")
    return "\n".join(rows)


START, END = "<!-- forms table: generated by `python -m tui.rules.forms README.md` -->", "<!-- end of forms table -->"


def write_table(readme: str) -> str:
    """The README text with the table between its markers replaced by the registry's."""
    head, _, rest = readme.partition(START)
    _, _, tail = rest.partition(END)
    return f"{head}{START}\n{forms_table()}\n{END}{tail}"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "README.md")
    target.write_text(write_table(target.read_text(encoding="utf-8")), encoding="utf-8")
