# A small image for the Telegram bot: build with `docker build -t territoires-bot .`
# The base is pinned to a Python minor and a Debian release; refresh it with
# `docker build --pull` (security fixes of that release), change the tag to move on.
ARG PYTHON_IMAGE=python:3.12-slim-bookworm

FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
RUN python -m venv /venv
# Dependencies get their own layer from the hash-pinned lock, rebuilt only when it changes.
COPY requirements.lock ./
RUN /venv/bin/pip install --require-hashes --no-deps -r requirements.lock
COPY pyproject.toml README.md ./
COPY bot ./bot
# The package alone, then pip itself leaves the environment that ships.
RUN /venv/bin/pip install --no-deps . \
    && /venv/bin/pip uninstall --yes pip

FROM ${PYTHON_IMAGE}
ENV PATH=/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    KNOWLEDGE_DIR=/app/knowledge \
    DATA_DIR=/data
# No installer ships: pip, setuptools and their bundled wheels go.
RUN python -m pip uninstall --yes --quiet pip setuptools wheel \
    && rm -rf /usr/local/lib/python3.*/ensurepip \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin bot \
    && mkdir /data \
    && chown bot /data
COPY --from=build /venv /venv
# The knowledge is baked in; mount a directory on /app/knowledge to override it.
COPY knowledge /app/knowledge
WORKDIR /app
USER 10001
STOPSIGNAL SIGTERM
ENTRYPOINT ["territoires-bot"]
CMD ["serve"]
