"""Gold files and labelled sets: finding them from the command line and reading them.

Everything a user can get wrong here (a missing folder, broken YAML, an entry without
its evidence) becomes one ``GoldError`` line that says where and what to do, so
``brief eval`` never shows a traceback for bad labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from ..safe_yaml import AliasBombError, alias_message
from ..safe_yaml import parse as parse_yaml

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
    """The gold file's article entries, checked for the keys and types the scorer reads;
    a problem is reported as ``file:line:col: what; what to do``."""
    try:
        node, data = parse_yaml(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read the gold file ({exc.__class__.__name__}); "
                        "check it exists and is UTF-8") from None
    except AliasBombError as exc:
        raise GoldError(f"{_where(path, exc.problem_mark)}: {alias_message(exc)}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or exc.__class__.__name__
        raise GoldError(f"{_where(path, mark)}: broken YAML ({problem}); fix the gold file") from None
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list):
        raise GoldError(f"{path}:1:1: no 'articles:' list; write the gold file in the guideline's format")
    articles = _value(node, "articles")
    for n, entry in enumerate(data["articles"]):
        _check_entry(path, n + 1, articles.value[n] if articles is not None else None, entry)
    return data["articles"]


NEEDED = {"actors": ("name",), "claims": ("speaker", "evidence"), "denials": ("speaker", "evidence")}
TEXT_KEYS = ("name", "kind", "speaker", "evidence", "label", "file")
"""Keys whose value the scorer uses as text: a list or mapping there is a mistake."""


def _check_entry(path: str | Path, n: int, node: yaml.Node | None, entry: object) -> None:
    if not isinstance(entry, dict):
        raise GoldError(f"{_at(path, node)}: article {n}: an article entry must be a mapping with 'file:', "
                        "'actors:', 'claims:', 'denials:'; see shared/gold/GUIDELINE.md")
    if not isinstance(entry.get("file"), str) or not entry["file"]:
        raise GoldError(f"{_at(path, node)}: article {n}: needs 'file:' (the article's file name in the corpus folder)")
    for key in ("actors", "claims", "denials"):
        items = entry.get(key) or []
        key_node = _value(node, key)
        if not isinstance(items, list):
            raise GoldError(f"{_at(path, key_node or node)}: '{key}:' must be a list")
        for i, item in enumerate(items):
            item_node = key_node.value[i] if isinstance(key_node, yaml.SequenceNode) else None
            what = f"{entry['file']}: {key[:-1]} {i + 1}"
            if not isinstance(item, dict):
                raise GoldError(f"{_at(path, item_node or key_node)}: {what} must be a mapping "
                                f"({', '.join(k + ': ...' for k in NEEDED[key])}); see shared/gold/GUIDELINE.md")
            missing = [k for k in NEEDED[key] if item.get(k) in (None, "")]
            if missing:
                raise GoldError(f"{_at(path, item_node)}: {what} has no '{missing[0]}:'; see shared/gold/GUIDELINE.md")
            for k in TEXT_KEYS:
                if k in item and item[k] is not None and not isinstance(item[k], str):
                    raise GoldError(f"{_at(path, _value(item_node, k) or item_node)}: {what}: '{k}:' must be text"
                                    f"{' quoted from the article' if k == 'evidence' else ''}, not "
                                    f"{type(item[k]).__name__}")
            aliases = item.get("aliases")
            if aliases is not None and (not isinstance(aliases, list)
                                        or not all(isinstance(a, str) for a in aliases)):
                raise GoldError(f"{_at(path, _value(item_node, 'aliases') or item_node)}: {what}: "
                                "'aliases:' must be a list of names")


def _value(node: yaml.Node | None, key: str) -> yaml.Node | None:
    """The value node of ``key`` in a mapping node, for its line and column."""
    if isinstance(node, yaml.MappingNode):
        return next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == key), None)
    return None


def _at(path: str | Path, node: yaml.Node | None) -> str:
    return _where(path, node.start_mark if node is not None else None)


def _where(path: str | Path, mark: yaml.Mark | None) -> str:
    return f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else f"{path}:1:1"
