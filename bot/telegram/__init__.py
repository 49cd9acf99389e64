"""The Telegram adapter: renders engine answers for Telegram and runs the bot."""
