"""`python -m bot` and the `territoires-bot` command."""

import gc


def main() -> int:
    # The bot's modules and their libraries make some 200,000 objects as they are imported,
    # none of them garbage: the cyclic collector's passes over them were some 10 ms of every
    # command's start.
    gc.disable()
    try:
        from bot.cli import main as run  # noqa: PLC0415
    finally:
        gc.enable()
    return run()


if __name__ == "__main__":
    raise SystemExit(main())
