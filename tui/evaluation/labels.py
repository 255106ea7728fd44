"""Gold files and labelled sets: finding them from the command line and reading them.

Everything a user can get wrong here (a missing folder, broken YAML, an entry without
its evidence) becomes one ``GoldError`` line that says where and what to do, so
``brief eval`` never shows a traceback for bad labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

USAGE = ("give a labelled set folder (gold/<story>.yaml and corpus/<story>/), a folder with gold.yaml "
         "and corpus/, or GOLD.yaml CORPUS_DIR pairs")


class GoldError(Exception):
    """Bad labels or a bad path: the message is the whole one-line explanation."""


@dataclass(frozen=True)
class Story:
    """One gold file and the folder that holds its articles."""

    name: str
    gold: Path
    corpus: Path


def find_stories(paths: list[str]) -> list[Story]:
    """Read ``brief eval``'s positional arguments: set folders and GOLD CORPUS pairs, in any mix."""
    if not paths:
        raise GoldError(f"nothing to score; {USAGE}")
    stories: list[Story] = []
    queue = list(paths)
    while queue:
        path = Path(queue.pop(0))
        if not path.exists():
            raise GoldError(f"{path}: no such file or folder; {USAGE}")
        if path.is_dir():
            stories.extend(_set_folder(path))
            continue
        if not queue:
            raise GoldError(f"{path}: a gold file needs its corpus folder after it (brief eval {path} CORPUS_DIR)")
        corpus = Path(queue.pop(0))
        if not corpus.is_dir():
            raise GoldError(f"{corpus}: not a folder; the argument after the gold file {path} "
                            "is the folder holding its articles")
        stories.append(Story(path.stem, path, corpus))
    return stories


def _set_folder(folder: Path) -> list[Story]:
    gold_dir, corpus = folder / "gold", folder / "corpus"
    if (folder / "gold.yaml").is_file() and corpus.is_dir():
        return [Story(folder.name, folder / "gold.yaml", corpus)]
    if not (gold_dir.is_dir() and corpus.is_dir()):
        raise GoldError(f"{folder}: not a labelled set (no gold/ and corpus/ in it); {USAGE}")
    golds = sorted(p for p in gold_dir.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    if not golds:
        raise GoldError(f"{gold_dir}: no <story>.yaml gold files; {USAGE}")
    stories = []
    for gold in golds:
        if not (corpus / gold.stem).is_dir():
            raise GoldError(f"{gold}: no folder {corpus / gold.stem} for its articles; "
                            "a labelled set keeps story S's articles in corpus/S/")
        stories.append(Story(gold.stem, gold, corpus / gold.stem))
    return stories


def load_gold(path: str | Path) -> list[dict]:
    """The gold file's article entries, checked for the keys the scorer reads."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read the gold file ({exc.__class__.__name__}); "
                        "check it exists and is UTF-8") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else f"{path}:1"
        problem = getattr(exc, "problem", None) or exc.__class__.__name__
        raise GoldError(f"{where}: broken YAML ({problem}); fix the gold file") from None
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list):
        raise GoldError(f"{path}:1: no 'articles:' list; write the gold file in the guideline's format")
    for n, entry in enumerate(data["articles"], 1):
        _check_entry(path, n, entry)
    return data["articles"]


def _check_entry(path: str | Path, n: int, entry: object) -> None:
    where = f"{path}: article {n}"
    if not isinstance(entry, dict) or not isinstance(entry.get("file"), str) or not entry["file"]:
        raise GoldError(f"{where}: needs 'file:' (the article's file name in the corpus folder)")
    where = f"{path}: {entry['file']}"
    for key in ("actors", "claims", "denials"):
        items = entry.get(key) or []
        if not isinstance(items, list):
            raise GoldError(f"{where}: '{key}:' must be a list")
        needed = ("name",) if key == "actors" else ("speaker", "evidence")
        for i, item in enumerate(items, 1):
            missing = [k for k in needed if not isinstance(item, dict) or item.get(k) in (None, "")]
            if missing:
                raise GoldError(f"{where}: {key[:-1]} {i} has no '{missing[0]}:'; see shared/gold/GUIDELINE.md")
            if key == "actors" and not isinstance(item.get("aliases") or [], list):
                raise GoldError(f"{where}: actor {item['name']!r}: 'aliases:' must be a list")
            if key != "actors" and not isinstance(item["evidence"], str):
                raise GoldError(f"{where}: {key[:-1]} {i}: 'evidence:' must be text quoted from the article")
