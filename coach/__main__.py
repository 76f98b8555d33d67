"""Allow ``python -m coach``."""

from coach.cli.entry import main

if __name__ == "__main__":
    main()
