"""Name boundaries: where a name starts and ends inside a capitalised run.

A run such as "Minnesota Congresswoman Jane Doe" or "Democrat on the House
Intelligence Committee" holds titles, state and party words, connectors and
names; this module cuts it into the names alone, from the brief's word lists.
"""

from __future__ import annotations

from .lexicon import ActorLexicon
from .name_parts import affiliation, particle_name, party_before_name
from .titles import Tokens, drop_portfolio, state_prefix, title_at
from .words import ACRONYM_RE, LOWER_TAIL_RE, strip_possessive

POSSESSIVE_ENDS = ("’s", "'s", "’", "'")
"""What POSSESSIVE_RE (``(?:’s|'s|’|')$``) finds at the end of a word with no newline."""


def split_names(tokens: Tokens, lex: ActorLexicon) -> list[Tokens]:
    """Where one capitalised run holds two names: after a possessive ("ABC's This
    Week"), unless the possessive belongs to a body's name ("Foster's Group",
    "Attorney's Office", "Workers’ Compensation Board"), and before an honorific."""
    groups: list[Tokens] = [[]]
    for i, token in enumerate(tokens):
        if groups[-1] and (token[1] in lex.honorifics or _sentence_break(groups[-1][-1][1], token[1], lex)):
            groups.append([])
        groups[-1].append(token)
        following = tokens[i + 1][1] if i + 1 < len(tokens) else ""
        # POSSESSIVE_RE and LOWER_TAIL_RE read as string tests first: a token holds no whitespace
        if token[1].endswith(POSSESSIVE_ENDS) \
                and not _possessive_inside(groups[-1], token[1], following, tokens[i + 1:], lex):
            groups.append([])
        elif "-" in token[1] and LOWER_TAIL_RE.search(token[1]):
            groups.append([])  # "Acme-backed Doe Group": the described name ends at the hyphen
    return [g for g in groups if g]


def _sentence_break(previous: str, word: str, lex: ActorLexicon) -> bool:
    """ "... lied to the F.B.I. Nothing happened": a sentence ended at the abbreviation."""
    return previous.endswith(".") and len(previous) > 2 and word in lex.not_names


def _possessive_inside(group: Tokens, word: str, following: str, rest: Tokens, lex: ActorLexicon) -> bool:
    """A possessive that is part of a body's name, not an owner before a new name."""
    if not following:
        return False
    if lex.lookup(" ".join(w for _, w in rest)) is not None:
        return False  # "Sanders’ Senate": an owner, then a body the brief knows
    owner = lex.lookup(strip_possessive(word))
    if owner is not None and owner.kind == "place":
        return False  # "the UK's Department for Trade": a country's body, named without it
    if len(group) == 1 and following in lex.org_words:
        return True  # "Foster's Group", not "Joe Biden's Administration"
    base = strip_possessive(word)
    plural = word.endswith(("s’", "s'"))
    titled = base in lex.title_words or base in lex.titles_by_first
    return (plural or titled) and any(w in lex.org_words for _, w in rest)


def clean(tokens: Tokens, at_start: bool, lex: ActorLexicon) -> list[Tokens]:
    """Drop titles, state and party words, nationality words and sentence openers;
    split at bare connectors. Returns the names left, as token lists."""
    words = [(s, w.rstrip(",;:")) for s, w in tokens]
    if len(words) > 1 and words[-1][1] + "." in lex.title_ends:
        # "former Pennsylvania Gov. and party chairman Ed Rendell": the run stops before the dot of
        # a title abbreviation, which ends no name; with its dot back it is read as the title it is
        words[-1] = (words[-1][0], words[-1][1] + ".")
    if words:
        # "Qaeda-linked", "Virginia-based": the lower-case ending describes, the name is before it
        last = strip_possessive(words[-1][1])
        words[-1] = (words[-1][0], LOWER_TAIL_RE.sub("", last) if "-" in last else last)
    out: list[Tokens] = []
    if " ".join([w for _, w in words]) in lex.programmes:
        return out  # "Sunday Morning Futures": a programme, before "Sunday" is read as a day
    titled = False
    while words:
        head = words[0][1]
        title = title_at(words, lex)
        if title and head in lex.peerage and len(words) - title == 1:
            title = 0  # "Lord Falconer", "Prince Charles": the title is part of the name
        if title:
            words = drop_portfolio(words[title:], lex)
            at_start, titled = False, True
            continue
        if titled and len(words) == 2 and (head in lex.demonyms or head in lex.months):
            break  # "Capt. Christian Roe", "Rep. April Roe": the holder's first name, not a qualifier
        state = state_prefix(words, lex)
        if state:
            words = words[state:]
            at_start = False
            continue
        if len(words) > 1 and _drops_head(words, at_start, lex):
            words = words[1:]
            at_start = False
            continue
        if len(words) == 1 and _drops_alone(head, at_start, lex):
            words = []
        break
    words = _trim_tail(words, lex)
    if not words or title_at(words + [(0, "X"), (0, "Y")], lex) >= len(words):
        return out  # nothing left, or a title alone ("Attorney General"): no one in particular
    names = [w for _, w in words]
    if " ".join(names) in lex.programmes:
        return out  # a programme or event title ("Meet the Press") does not speak
    if names[-1] in lex.party_words and lex.lookup(" ".join(names)) is None:
        return out  # "House Democrat": a label, not a name
    if len(names) > 1 and names[-1][:-1] in lex.party_words and lex.lookup(names[-1]) is not None:
        return [words[-1:]]  # "Senate Republicans", "Hill Democrats": the party's members as a group
    party = party_before_name(names, lex)
    if party:  # "Senate Intelligence Ranking Democrat Ann Roe": the words before the party describe her post
        head = clean(words[:party], at_start, lex) if names[party - 1] in lex.org_words else []
        return head + [words[party + 1:]]
    if not lex.function_words.isdisjoint(names[1:]):
        return out  # "Rats Are Scurrying", "Why Is It": a headline or a question, not a name
    cut = affiliation(names, lex)
    if cut:  # "Ann Roe of the Lakeside Policy Center": a person, then the body she works for
        return clean(words[:cut], at_start, lex) + clean(words[cut + 1:], False, lex)
    has_org_word = any(w in lex.body_words for w in names)  # "The Weekly Standard" is not cut at "The"
    if not has_org_word and any(lex.is_connector(w) for w in names) and not particle_name(names, lex):
        part: Tokens = []
        for item in words + [(0, "of")]:
            if lex.is_connector(item[1]):
                if part:
                    out.extend(clean(part, False, lex))
                part = []
            else:
                part.append(item)
        return out
    if len(words) == 1 and at_start and lex.lookup(names[0]) is None:
        return out
    out.append(words)
    return out


def clean_one(token: tuple[int, str], at_start: bool, lex: ActorLexicon) -> list[Tokens]:
    """:func:`clean` of a run of one word, the most common run and the most common new one
    in an article (a name the session has not read yet): the same answer without the
    steps that only a longer run can take (a title or a state before a name, a head word
    dropped, a title after a body, a connector inside; a party word alone is dropped by
    :func:`_drops_alone` already)."""
    start, word = token
    word = strip_possessive(word.rstrip(",;:"))
    if "-" in word:
        word = LOWER_TAIL_RE.sub("", word)
    if word in lex.programmes or _drops_alone(word, at_start, lex) \
            or lex.is_connector(word) or word in lex.name_suffixes:
        return []
    words = [(start, word)]
    if title_at(words + [(0, "X"), (0, "Y")], lex) >= 1:
        return []  # a title alone ("Chairman"): no one in particular
    if at_start and lex.lookup(word) is None:
        return []
    return [words]


def _drops_head(words: Tokens, at_start: bool, lex: ActorLexicon) -> bool:
    """Whether the first of several words is not part of the name after it."""
    head, second = words[0][1], words[1][1]
    if head in lex.place_prefixes and second[:1].isupper() and not lex.is_connector(second):
        return False  # "New Haven", "San Diego", "St. Louis"
    if (head in lex.party_words or head in lex.demonyms) and lex.lookup(" ".join(w for _, w in words)) is not None:
        return False  # "Democratic Party", "Russian Federation"
    # read only where it counts (a party or nationality word first): most runs are neither
    organisation = (head in lex.party_words or head in lex.demonyms) and any(w in lex.org_words for _, w in words)
    if head in lex.party_words and (not organisation or lex.is_connector(second)
                                    or lex.lookup(" ".join(w for _, w in words[1:])) is not None):
        return True  # "Democrat Mary Roe", "Democrat on the Committee", "Republican Senate"
    if head in lex.months:
        return True
    if at_start and head.endswith("ing") and lex.is_connector(second):
        return True  # "Comparing the Welsh Assembly": a sentence's verb, not a name's first word
    plural_demonym = head.endswith("s") and head[:-1] in lex.demonyms  # "Ukrainians"
    if (head in lex.demonyms and not organisation) or plural_demonym:
        return True
    if lex.is_connector(head):
        return not (head in lex.name_articles and _keeps_the(words, at_start, lex))
    return head in lex.not_names


def _keeps_the(words: Tokens, at_start: bool, lex: ActorLexicon) -> bool:
    """ "The" inside a sentence, capitalised, before a paper's or body's name is part
    of it ("in The Weekly Standard"); at a sentence start it may be any "the"."""
    if at_start:
        return False
    names = [w for _, w in words[1:]]
    for k in range(len(names), 0, -1):
        known = lex.lookup(" ".join(names[:k]))
        if known is not None and known.kind == "org":
            return False  # "The Associated Press", "The White House on Monday": the brief's form names it
    return any(w in lex.media_words or w in lex.org_words for w in names)


def _drops_alone(word: str, at_start: bool, lex: ActorLexicon) -> bool:
    """Whether a one-word run is no name at all."""
    if lex.is_connector(word) or word in lex.months or word in lex.party_words or word in lex.kept_suffixes \
            or word + "." in lex.state_words \
            or word in lex.demonyms or (word.endswith("s") and word[:-1] in lex.demonyms):
        return True
    return word in lex.not_names and (at_start or word[0].isupper())


def _trim_tail(words: Tokens, lex: ActorLexicon) -> Tokens:
    """Drop trailing connectors, letters after a name, a trailing day or month, and a
    job title after a body's name ("FBI Special Agent")."""
    while words and (lex.is_connector(words[-1][1]) or words[-1][1] in lex.name_suffixes):
        words = words[:-1]
    if len(words) > 2 and lex.is_connector(words[-2][1]) and words[-1][1] in lex.not_names:
        words = words[:-2]  # "Scottish Parliament on Wednesday": the day is not part of the name
        while words and lex.is_connector(words[-1][1]):
            words = words[:-1]
    if len(words) > 1 and (words[-1][1] in lex.weekdays or words[-1][1] in lex.months):
        words = words[:-1]  # "told Acme News Saturday": the day is not part of the name
    if not words or words[-1][1] not in lex.title_ends:
        return words
    for cut in range(1, len(words)):
        tail = words[cut:]
        if title_at(tail + [(0, "X"), (0, "Y")], lex) == len(tail):
            body = " ".join(w for _, w in words[:cut])
            if lex.lookup(body) is not None or ACRONYM_RE.match(body) \
                    or any(w in lex.org_words for _, w in words[:cut]):
                return words[:cut]
            break
    return words
