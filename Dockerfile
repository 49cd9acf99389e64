# The Telegram bot's image: `docker build -t territoires-bot .`, or `docker compose up -d`.
# The base is pinned to a Python minor and a Debian release (bookworm). `docker build --pull`
# takes that tag's latest rebuild (security fixes); moving on means changing the tag here and
# the tini pin below (`apt-cache policy tini` in the new release).
ARG PYTHON_IMAGE=python:3.12-slim-bookworm

FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
RUN python -m venv /venv
# Dependencies get their own layer from the hash-pinned locks, rebuilt only when they change;
# the build backend is locked too, or pip's build isolation would fetch the newest setuptools.
COPY requirements.lock requirements-build.lock ./
RUN /venv/bin/pip install --require-hashes --no-deps -r requirements.lock -r requirements-build.lock
COPY pyproject.toml README.md ./
COPY bot ./bot
# The package alone, then setuptools and pip itself leave the environment that ships.
RUN /venv/bin/pip install --no-deps --no-build-isolation . \
    && /venv/bin/pip uninstall --yes pip setuptools

FROM ${PYTHON_IMAGE}
# MALLOC_ARENA_MAX: two malloc arenas, not eight per core, for the few threads (maps, the
# question log): a 2,000-message soak peaked at 193 MB instead of 212 MB.
ENV PATH=/venv/bin:$PATH \
    MALLOC_ARENA_MAX=2 \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    KNOWLEDGE_DIR=/app/knowledge \
    SNAPSHOT_DIR=/app/snapshots \
    DATA_DIR=/data \
    HEARTBEAT_FILE=/tmp/territoires-bot.alive
# tini as PID 1 forwards SIGTERM from the very start (a bare Python as PID 1 ignores it until
# it installs a handler) and reaps the short-lived /stats processes. No installer ships:
# pip, setuptools and their bundled wheels go.
RUN apt-get update \
    && apt-get install --yes --no-install-recommends tini=0.19.0-1+b3 \
    && rm -rf /var/lib/apt/lists/* \
    && python -m pip uninstall --yes --quiet pip setuptools wheel \
    && rm -rf /usr/local/lib/python3.*/ensurepip \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin bot \
    && mkdir /data \
    && chown bot /data
COPY --from=build /venv /venv
# The knowledge is baked in; mount a directory on /app/knowledge to override it.
COPY knowledge /app/knowledge
# Its snapshot too (bot/snapshot.py), validated by `check`: every command starts from it
# instead of building the knowledge. An edited knowledge mounted over /app/knowledge gets
# a snapshot of its own in /tmp, the image's directories being read-only to the bot.
RUN mkdir /app/snapshots && territoires-bot check > /dev/null
WORKDIR /app
USER 10001
# The webhook's port, when TELEGRAM_WEBHOOK_URL is set (long polling needs none).
EXPOSE 8443
# /data is where the question log lives: mount a named volume there (see compose.yaml);
# no VOLUME line, which would leave an anonymous volume behind every `docker run`.
# Healthy while the poll loop (or the webhook's) keeps beating.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["territoires-bot", "health"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/bin/tini", "--", "territoires-bot"]
CMD ["serve"]
