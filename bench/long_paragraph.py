"""One long paragraph of invented prose with no newline (issue 13: 2 MB carded in under 5 s).

    python bench/long_paragraph.py /tmp/para2mb.txt [--size 2000000] [--seed 13]
    /usr/bin/time -v brief card /tmp/para2mb.txt --json > /dev/null

The sentences vary (names, titles, quotations, "said", denials, reported speech), so the
card engine meets many speakers and statements in one paragraph: the quadratic paths
(every mention scanned for every statement) show up as time that grows with the square
of the size. The output is never committed; regenerate it when needed.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

FIRST = ("Orla", "Ved", "Mira", "Tobin", "Lusk", "Ansel", "Perrin", "Dalia", "Corvin", "Isolde", "Brann", "Yetta")
LAST = ("Penhallow", "Ostrander", "Quillfeather", "Marrow", "Thistlewood", "Brackwater", "Dunmore", "Fennick",
        "Holloway", "Kestrel", "Larkspur", "Vantreight")
TITLES = ("Mayor", "Senator", "Councillor", "Minister", "Judge", "Director")
BODIES = ("the Harrow Board", "the Velden Transit Authority", "Quarry Street Council", "the Marlow Water Trust",
          "the Ferncombe Police", "Kettleby Ports")
TOPICS = ("the bridge repairs", "the ferry timetable", "the school budget", "the water tariffs",
          "the harbour lease", "the tram contract", "the library closures")
SAY = ("said", "told reporters", "insisted", "claimed", "argued", "warned", "added")
DENY = ("denied", "rejected", "dismissed")


SYLLABLES = ("bra", "cor", "del", "fen", "gar", "hol", "ist", "jun", "kel", "lor", "mav", "nor", "osk", "pell",
             "quin", "rost", "sel", "tav", "ulm", "vor", "wick", "yarn", "zel")


def invented_word(rnd: random.Random) -> str:
    return "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 3))).capitalize()


def person(rnd: random.Random) -> str:
    """A recurring cast and a long tail of people named once or twice."""
    if rnd.random() < 0.5:
        name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
    else:
        name = f"{rnd.choice(FIRST)} {invented_word(rnd)}"
    return f"{rnd.choice(TITLES)} {name}" if rnd.random() < 0.3 else name


def sentence(rnd: random.Random) -> str:
    """One invented sentence of a randomly chosen shape."""
    p, b, t = person(rnd), rnd.choice(BODIES), rnd.choice(TOPICS)
    shapes = (
        lambda: f"{p} {rnd.choice(SAY)} that {t} would cost more than planned.",
        lambda: f"\u201cWe were never told about {t},\u201d said {p}.",
        lambda: f"\u201cThat is simply untrue,\u201d {p} said of claims about {t}.",
        lambda: f"{b} {rnd.choice(DENY)} reports that it had delayed {t}.",
        lambda: f"{p} denied having any part in {t}.",
        lambda: f"According to {b}, {t} will be finished by {rnd.choice(('May', 'June', 'autumn'))}.",
        lambda: f"{p}, who chairs {b}, said she did not know about {t}.",
        lambda: f"She said the plan was \u201cnot fit for purpose\u201d and called for a review.",
        lambda: f"He told {rnd.choice(('the Velden Courier', 'Radio Harrow'))} that {t} had been rushed.",
        lambda: f"Residents gathered outside the hall on {rnd.choice(('Monday', 'Friday'))} evening.",
        lambda: f"{b} said in a statement: \u201cWe reject any suggestion of wrongdoing.\u201d",
        lambda: f"The report, seen by {rnd.choice(BODIES)}, found {rnd.randint(3, 90)} faults in {t}.",
        lambda: f"{p} did not respond to a request for comment.",
    )
    return rnd.choice(shapes)()


def paragraph(size: int, seed: int = 13) -> str:
    rnd = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        s = sentence(rnd)
        parts.append(s)
        total += len(s) + 1
    return " ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--size", type=int, default=2_000_000, help="characters (default 2,000,000)")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    Path(args.out).write_text(paragraph(args.size, args.seed) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
