"""Run jixiao from a checkout without installing it: `python cli.py build specs`."""
import sys

from generator.entry import main

if __name__ == "__main__":
    sys.exit(main())
