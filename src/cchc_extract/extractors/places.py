"""places extractor (to be written)."""


def extract(ctx) -> None:
    return None
