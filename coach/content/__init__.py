"""The product's content (prompts, SMART guidance, checklist, examples, events, nudges).

The texts live in TOML files under ``data/``:

- :mod:`coach.content.loader`: ``load_content()``, all files as one ``Content``;
- :mod:`coach.content.models`: the pydantic models of the files and ``Content``;
- :mod:`coach.content.checks`: rules of the files the models apply (ids, placeholders);
- :mod:`coach.content.files`: ``content_dir()``, ``ContentError``.
"""
