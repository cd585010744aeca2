"""The review session's terminal: single key presses on a terminal (cbreak mode), lines otherwise.

Kept apart from :mod:`mtcheck.review_session` so that the session's logic can be tested with a scripted
stdin, and the terminal handling (termios, readline) stays in one small place.
"""
from __future__ import annotations

import codecs
import os
import sys


class Terminal:
    """Keys and lines from the user: single key presses on a terminal (cbreak mode), lines otherwise."""

    def __init__(self, console=None, stdin=None) -> None:
        from rich.console import Console

        self.console = console or Console(highlight=False)
        self.stdin = stdin or sys.stdin

    def _tty(self) -> bool:
        try:
            return self.stdin.isatty()
        except (AttributeError, ValueError):
            return False

    def key(self, prompt: str) -> str:
        """One key press, lower-cased; "\\x04" at end of input."""
        from rich.text import Text

        self.console.print(Text(prompt, style="bold"), end="")
        self.console.file.flush()
        if self._tty():
            ch = self._read_key()
        else:
            line = self.stdin.readline()
            ch = "\x04" if not line else (line.strip()[:1] or "\n")
        self.console.print(Text(ch if ch.isprintable() else ""))
        return ch.lower()

    def _read_key(self) -> str:
        import select
        import termios
        import tty

        fd = self.stdin.fileno()
        saved = termios.tcgetattr(fd)
        try:
            tty.setcbreak(fd)  # keys arrive one by one; Ctrl-C still interrupts
            decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
            ch = ""
            while not ch:
                data = os.read(fd, 1)
                if not data:
                    return "\x04"
                ch = decoder.decode(data)
            if ch == "\x1b":  # swallow the rest of an escape sequence (arrow keys …)
                while select.select([fd], [], [], 0.05)[0]:
                    os.read(fd, 16)
            return ch
        finally:
            termios.tcsetattr(fd, termios.TCSADRAIN, saved)

    def line(self, prompt: str, prefill: str = "") -> str | None:
        """A line of text (pre-filled for editing on a terminal with readline); None if cancelled."""
        try:
            if self._tty():
                try:
                    import readline
                except ImportError:  # pragma: no cover - platforms without readline
                    readline = None
                if readline is not None:
                    readline.set_startup_hook(lambda: readline.insert_text(prefill))
                try:
                    return input(prompt)
                finally:
                    if readline is not None:
                        readline.set_startup_hook(None)
            self.console.print(prompt, end="", markup=False)
            line = self.stdin.readline()
            return None if not line else line.rstrip("\r\n")
        except (EOFError, KeyboardInterrupt):
            self.console.print()
            return None
