"""The Textual reader: the only package that imports Textual. Use :func:`make_app`."""

from __future__ import annotations


def make_app(paths, brief_path=None, **kwargs):
    from .app import make_app as _make_app

    return _make_app(paths, brief_path, **kwargs)
