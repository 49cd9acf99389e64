"""A conversation: the context a turn leaves, where it is kept, and the follow-ups read in
its light. Sits on the understanding and the answers; the engine holds it."""
