import sys

from .cli import main

if __name__ == "__main__":  # not when a card worker process starts (it imports this module again)
    sys.exit(main())
