from bot.cli import main

# Guarded: a process that /stats spawns imports this module again and must not run the CLI.
if __name__ == "__main__":
    raise SystemExit(main())
