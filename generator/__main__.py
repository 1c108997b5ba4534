"""`python -m generator`: the jixiao program by the Python it is installed in, with no `jixiao` on PATH needed.

git's textconv, as `jixiao init` sets it, runs it so (`unit_repo.TEXTCONV`). It starts through `entry`, as the
console script does (Ctrl+C one line from the first instant); only when run, not when a build worker re-imports
its parent's `__main__`.
"""
import sys

from .entry import main

if __name__ == "__main__":
    sys.exit(main())  # main returns exit 3 when a package jixiao needs is missing: git's textconv must see it fail
