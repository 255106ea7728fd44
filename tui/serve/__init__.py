"""``brief serve``: the reader in a web browser, one reader process per browser tab.

``listen`` (where to listen, whether the port is free) and ``guard`` (which
requests to answer) use the standard library only; ``server`` needs the
optional ``[serve]`` extra (textual-serve and aiohttp) and is imported only
when ``brief serve`` runs. None of them imports Textual: the reader runs in
the child processes the server starts.
"""
