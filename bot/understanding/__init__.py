"""Reading a question: its language, its topics, the places and people it names, and how
it leans on the one before. Reads the knowledge; knows nothing of answers or dialogue."""
