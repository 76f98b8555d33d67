"""The product's content (prompts, SMART guidance, checklist, examples, events, nudges).

The texts live in TOML files under ``data/``. Import what you need from the
module that defines it; this package imports nothing, so that reading one
light module (:mod:`coach.content.nudge_texts`) does not load pydantic:

- :mod:`coach.content.loader`: ``load_content()``, all files as one ``Content``;
- :mod:`coach.content.models`: the pydantic models of the files and ``Content``;
- :mod:`coach.content.nudge_texts`: ``load_nudge_texts()``, the nudges alone;
- :mod:`coach.content.checks`: the rules both loaders share;
- :mod:`coach.content.files`: ``content_dir()``, ``ContentError``.
"""
