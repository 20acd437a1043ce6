"""newsextract from Python: people, places, organizations and quotes in English news.

A thin bridge over the Java library through JPype (one JVM per process, models loaded once)::

    from newsextract import Extractor, to_frames, html
    ex = Extractor()                        # engine="corenlp"
    r = ex.extract(text, id="seed")         # a dict in the newsextract/1 JSON shape
    frames = to_frames([r])                 # pandas DataFrames: entities, mentions, quotes, reported, documents
    html(r)                                 # displays the HTML view in a notebook

Needs Java 17+, JPype (Debian: python3-jpype), pandas for to_frames (python3-pandas), and the
project's jar: run ``mvn -q -DskipTests package`` in the checkout, or point NEWSEXTRACT_HOME at a
directory holding ``target/newsextract.jar`` and ``target/lib/``.
"""
from ._bridge import (Extractor, Frames, Html, NewsExtractError, Result, find_home, html,
                      to_frames)

__all__ = ["Extractor", "Frames", "Html", "NewsExtractError", "Result", "find_home", "html",
           "to_frames"]
