"""Allow ``python -m coach``."""

from coach.cli.main import main

if __name__ == "__main__":
    main()
