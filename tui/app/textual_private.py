"""The private parts of Textual the reader still relies on, in one list.

Each is a speed measure with no public equivalent in the Textual version pinned in
``pyproject.toml`` (``textual>=8.2,<8.3``): keeping drawn rows across cards and
widths, repainting two rows instead of a list on a highlight move, and keeping
a content-length change from re-laying out the screen. ``tests/app/test_textual_private.py``
checks that every name here still exists, so an upgrade that removes one fails
with the name and the place that uses it, not with a stack trace in the reader.
"""

from __future__ import annotations

PRIVATE_NAMES: dict[str, tuple[tuple[str, str], ...]] = {
    "textual.widgets.OptionList": (
        ("_get_option_render", "widgets/card_list.py: overridden to keep drawn rows across cards"),
        ("_get_visual", "widgets/card_list.py: an option's visual, to draw it ahead of time"),
        ("_option_render_cache", "widgets/scrolling.py: dropped when the width changes"),
        ("_line_cache", "widgets/scrolling.py: dropped when the width changes"),
        ("_index_to_line", "widgets/scrolling.py: the two rows a highlight move repaints"),
        ("_heights", "widgets/scrolling.py: the two rows a highlight move repaints"),
        ("_on_resize", "widgets/scrolling.py: overridden to keep rows drawn at the same width"),
    ),
    "textual.scroll_view.ScrollView": (
        ("_size_updated", "widgets/scrolling.py: overridden so a longer text does not re-lay out"),
        ("_scroll_update", "widgets/scrolling.py: the scrollbar follows a new virtual size"),
    ),
    "textual.drivers.linux_driver.LinuxDriver": (
        ("_key_thread", "quick_input.py: whether an input thread is running when input is disabled"),
        ("run_input_thread", "quick_input.py: overridden to give the thread a wakeable selector"),
        ("disable_input", "quick_input.py: overridden to wake the input thread before it is joined"),
        ("exit_event", "quick_input.py: the input thread's stop flag"),
    ),
    "textual.drivers.linux_driver": (
        ("selectors", "quick_input.py: the module the input thread makes its selector from"),
    ),
}
"""Class path -> (private name, where and why it is used)."""
