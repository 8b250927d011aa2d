"""`python -m alloy_lint` and the `alloy-lint` console script.

`--version` is answered before the command line is built, so that it costs only the
interpreter's start-up; everything else goes to `alloy_lint.cli.main`.
"""

from __future__ import annotations

import sys


def run() -> None:
    if sys.argv[1:] == ["--version"]:
        from alloy_lint import __version__

        # As click's `version_option` prints it.
        sys.stdout.write(f"alloy-lint, version {__version__}\n")
        return
    import gc

    # An audit builds many objects and few cycles: the young generation is collected every
    # 50,000 allocations rather than every 700 (which cost a tenth of a large audit, and
    # time at start-up while modules are imported), and what the command line's imports
    # made is never garbage (`freeze`).
    gc.set_threshold(50_000, 20, 20)
    from alloy_lint.cli import main

    gc.freeze()
    main()


if __name__ == "__main__":
    run()
