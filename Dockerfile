# A small image for the Telegram bot: build with `docker build -t territoires-bot .`
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
RUN python -m venv /venv
# Dependencies get their own layer, rebuilt only when pyproject.toml changes.
COPY pyproject.toml README.md ./
RUN mkdir bot && touch bot/__init__.py \
    && /venv/bin/pip install . \
    && /venv/bin/pip uninstall --yes territoires-bot
COPY bot ./bot
RUN /venv/bin/pip install --no-deps .

FROM python:3.11-slim
ENV PATH=/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    KNOWLEDGE_DIR=/app/knowledge \
    DATA_DIR=/data
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin bot \
    && mkdir /data \
    && chown bot /data
COPY --from=build /venv /venv
# The knowledge is baked in; mount a directory on /app/knowledge to override it.
COPY knowledge /app/knowledge
WORKDIR /app
USER 10001
VOLUME ["/data"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["territoires-bot"]
CMD ["serve"]
