"""The JPype bridge to the newsextract Java library (see the package docstring)."""
import array
import glob
import json
import os
import re
import sys
from collections import namedtuple
from pathlib import Path

SCHEMA = "newsextract/1"
ENTITY_FIELDS = (("people", "person"), ("places", "place"), ("organizations", "organization"))

_started_classpath = None
# A surrogate code point on its own: a Python str may hold one, and JPype cannot pass it as UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")


class NewsExtractError(RuntimeError):
    """Raised when the bridge cannot start (Java, JPype or the jar missing) or extraction fails."""


class Result(dict):
    """One document's result: a dict in the newsextract/1 JSON shape, plus ``text`` (the input).

    It also keeps the Java extraction, so that :func:`html` can render it. A copy or a pickle
    (``copy.deepcopy``, ``pickle``, ``multiprocessing``) keeps the dict and the text but not the
    Java extraction, which lives in this process's JVM: :func:`html` needs the original.
    """

    def __init__(self, record, text, extraction=None):
        super().__init__(record)
        self.text = text
        self._extraction = extraction

    def __reduce__(self):
        return (Result, (dict(self), self.text))


class Html:
    """HTML that Jupyter displays (``_repr_html_``); ``str()`` gives the markup, ``save()`` a page."""

    def __init__(self, fragment, page):
        self.data = fragment
        self._page = page

    def _repr_html_(self):
        return self.data

    def __str__(self):
        return self.data

    def save(self, path):
        """Writes a self-contained HTML page to ``path``; returns the path."""
        Path(path).write_text(self._page, encoding="utf-8")
        return path


Frames = namedtuple("Frames", ["entities", "mentions", "quotes", "reported", "documents"])
Frames.__doc__ = ("pandas DataFrames: one row per entity, per mention, per quote, per reported speech "
                  "(doc_id on each), and one per document, failed ones included (as documents.csv).")


def find_home(home=None):
    """Returns the directory that holds ``target/newsextract.jar`` and ``target/lib/``.

    Looks at ``home``, then ``$NEWSEXTRACT_HOME``, then the checkout this package sits in.
    Raises NewsExtractError naming the fix when the jar is not there.
    """
    candidates = []
    if home:
        candidates.append(Path(home))
    elif os.environ.get("NEWSEXTRACT_HOME"):
        candidates.append(Path(os.environ["NEWSEXTRACT_HOME"]))
    else:
        candidates.append(Path(__file__).resolve().parent.parent.parent)
    for c in candidates:
        if (c / "target" / "newsextract.jar").is_file() and (c / "target" / "lib").is_dir():
            return c
    where = candidates[0]
    raise NewsExtractError(
        f"newsextract's jar is missing: {where / 'target' / 'newsextract.jar'} (and target/lib/) not found; "
        f"build it with 'mvn -q -DskipTests package' in {where}, or set NEWSEXTRACT_HOME to a checkout "
        "where it is built")


def _jpype():
    try:
        import jpype  # noqa: PLC0415 (imported late so that to_frames works without it)
        return jpype
    except ImportError as e:
        system = "/usr/bin/python3"
        other = os.path.realpath(sys.executable) != os.path.realpath(system) and os.path.exists(system)
        hint = (f"; Debian's packages are for {system}, and this is {sys.executable}: run {system}, or use pip"
                if other else "")
        raise NewsExtractError(
            "JPype is missing: install it with 'apt-get install python3-jpype' (Debian/Ubuntu) or "
            f"'pip install JPype1'{hint} ({e})") from None


def _jpype_support_jar(jpype):
    """JPype's own org.jpype.jar when it is not where JPype looks for it (Debian moves it to
    /usr/share/java, and JPype 1.4 then fails with ClassNotFoundException
    org.jpype.classloader.DynamicClassLoader); None when JPype finds it by itself."""
    try:
        import _jpype  # noqa: PLC0415
        beside = Path(_jpype.__file__).resolve().parent / "org.jpype.jar"
        if beside.is_file():
            return None
    except ImportError:
        pass
    for candidate in (Path(jpype.__file__).resolve().parent / "org.jpype.jar", Path("/usr/share/java/org.jpype.jar")):
        if candidate.is_file():
            return str(candidate)
    return None


def _start_jvm(home, jvm_options):
    global _started_classpath
    jpype = _jpype()
    jar = str(home / "target" / "newsextract.jar")
    classpath = [jar] + sorted(glob.glob(str(home / "target" / "lib" / "*.jar")))
    support = _jpype_support_jar(jpype)
    if support:
        classpath.append(support)
    if jpype.isJVMStarted():
        if _started_classpath is None or jar not in _started_classpath:
            try:
                jpype.JClass("org.newsextract.NewsExtractor")
            except Exception:
                raise NewsExtractError(
                    "a JVM is already running in this Python process without newsextract's jar; create the "
                    "Extractor before anything else starts JPype, or restart the kernel") from None
        return
    try:
        jvm = jpype.getDefaultJVMPath()
    except Exception as e:
        raise NewsExtractError(
            "no Java found: install a JDK 17 or newer (e.g. 'apt-get install openjdk-17-jdk-headless') or set "
            f"JAVA_HOME ({e})") from None
    options = ["-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Dorg.slf4j.simpleLogger.logFile=System.err"]
    options += list(jvm_options)
    try:
        jpype.startJVM(jvm, *options, classpath=classpath, convertStrings=True)
    except Exception as e:
        raise NewsExtractError(f"cannot start Java ({jvm}): {e}") from None
    _started_classpath = classpath


class Extractor:
    """Extracts people, places, organizations and quotes with the Java library.

    ``Extractor(engine="corenlp", threads=None, home=None, jvm_options=("-Xmx2g",), quotes=True,
    reported_speech=True, min_confidence=0.0)`` starts the JVM (once per process: ``jvm_options``
    count only for the first Extractor of a process) with the project's jar and ``target/lib/*`` and
    loads the models (about 2 s, once per process). ``quotes`` and ``reported_speech`` switch those
    off (both off: entities only); ``min_confidence`` keeps only reported speech at least that sure
    (the Java builder's ``minReportedConfidence``). Raises NewsExtractError naming the fix when
    Java, JPype or the jar is missing, ValueError for an unknown engine or a bad option.
    """

    def __init__(self, engine="corenlp", threads=None, home=None, jvm_options=("-Xmx2g",), quotes=True,
                 reported_speech=True, min_confidence=0.0):
        self.home = find_home(home)
        _start_jvm(self.home, jvm_options)
        import jpype  # started above
        self._jpype = jpype
        engines = jpype.JClass("org.newsextract.Engine")
        names = [str(e.name()).lower() for e in engines.values()]
        if not isinstance(engine, str) or engine.lower() not in names:
            raise ValueError(f"unknown engine {engine!r}; known: {', '.join(names)}")
        builder = jpype.JClass("org.newsextract.NewsExtractor").builder().engine(engines.valueOf(engine.upper()))
        try:
            if threads is not None:
                builder = builder.threads(int(threads))
            builder = builder.quotes(bool(quotes)).reportedSpeech(bool(reported_speech))
            builder = builder.minReportedConfidence(float(min_confidence))
        except jpype.JException as e:  # the builder's IllegalArgumentException: its message names the option
            raise ValueError(str(e.getMessage())) from None
        try:
            self._java = builder.loadEagerly(True).build()
        except jpype.JException as e:
            raise NewsExtractError(f"cannot load the {engine} models: {e.getMessage()}") from None
        self.engine = engine.lower()

    def extract(self, text, id=None):  # noqa: A002 (the contract's field name)
        """Returns a :class:`Result`, a dict in the newsextract/1 JSON shape (offsets are code
        points, so ``text[m["start"]:m["end"]] == m["text"]``).

        Raises TypeError when text is not a str (or id not a str/None), NewsExtractError when the
        engine fails on the text.
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, got {type(text).__name__}")
        if id is not None and not isinstance(id, str):
            raise TypeError(f"id must be a str or None, got {type(id).__name__}")
        try:
            x = self._java.extract(id, self._java_text(text))
        except self._jpype.JException as e:
            raise NewsExtractError(f"cannot process {id or 'the document'}: {e.getMessage()}") from None
        return Result(json.loads(str(x.toJson())), text, x)

    def _java_text(self, text):
        """The text as Java takes it: a str as it is, or, when it holds a lone surrogate (a broken
        character, as ``json.loads`` makes from ``"\\ud800"``), a Java String built from its UTF-16
        code units, which the library keeps as a token of its own."""
        if _SURROGATE.search(text) is None:  # the usual case: no copy of the text
            return text
        jpype = self._jpype
        units = array.array("H", text.encode("utf-16-le", "surrogatepass"))
        if sys.byteorder == "big":
            units.byteswap()
        # a char[] copied as it is: a UTF-16 decoder would replace the surrogate, and the next unit with it
        return jpype.JClass("java.lang.String")(jpype.JArray(jpype.JChar)(units))

    def extract_many(self, documents):
        """Extracts from many documents on all the extractor's threads, in input order.

        ``documents``: an iterable of ``(id, text)`` pairs or ``{"id": ..., "text": ...}`` dicts; an id
        that is None or missing becomes ``"#i"`` (the item's place), any other id its ``str()``.
        Returns a list with one entry per item, in input order: a :class:`Result`, or, for an item
        that failed, an error record ``{"schema": ..., "id": ..., "error": "..."}`` (the others go
        on): a text that is not a str (None, a number, pandas' NaN), an item that is neither a pair
        nor a dict, or a document the engine failed on.
        """
        jpype = self._jpype
        doc_class = jpype.JClass("org.newsextract.Document")
        docs, texts, slots, out = jpype.JClass("java.util.ArrayList")(), [], [], []
        for i, d in enumerate(documents):
            problem, doc_id, text = None, None, None
            if isinstance(d, dict):
                doc_id, text = d.get("id"), d.get("text")
                if "text" not in d:
                    problem = "no 'text' field"
            elif isinstance(d, (tuple, list)) and len(d) == 2:
                doc_id, text = d
            else:
                problem = f"an item must be an (id, text) pair or a dict with 'id' and 'text', got {type(d).__name__}"
            doc_id = str(doc_id) if doc_id is not None else f"#{i}"
            if problem is None and not isinstance(text, str):
                problem = f"text must be a str, got {type(text).__name__}"
            if problem is not None:
                out.append({"schema": SCHEMA, "id": doc_id, "error": f"{doc_id}: {problem}"})
                continue
            docs.add(doc_class(doc_id, self._java_text(text)))
            texts.append(text)
            slots.append(len(out))
            out.append(None)
        for slot, r, text in zip(slots, self._java.extractAll(docs), texts):
            if r.isSuccess():
                x = r.extraction().orElseThrow()
                out[slot] = Result(json.loads(str(x.toJson())), text, x)
            else:
                out[slot] = {"schema": SCHEMA, "id": str(r.id()), "error": str(r.error().orElseThrow())}
        return out

    def __repr__(self):
        return f"Extractor(engine={self.engine!r}, home={str(self.home)!r})"


def html(result):
    """Returns an :class:`Html` view of a result of :meth:`Extractor.extract`: the article with
    mentions highlighted by type, quotes with their speakers, a side list of entities. Notebooks
    display it; ``.save(path)`` writes a page. Raises TypeError for anything but such a result
    (a plain dict has no text to show).
    """
    x = getattr(result, "_extraction", None)
    if x is None:
        raise TypeError("html() needs a result of Extractor.extract() or extract_many() (it carries the text); "
                        f"got {type(result).__name__}")
    return Html(str(x.toHtmlFragment()), str(x.toHtml()))


def to_frames(results):
    """Returns :class:`Frames` (entities, mentions, quotes, reported, documents) as pandas DataFrames.

    ``results``: one record or an iterable of records in the newsextract/1 shape (from
    :meth:`Extractor.extract`, or parsed from ``extract --format jsonl`` output). An error record
    adds only its row to ``documents`` (status ``error`` and the message), so failures can be
    counted. Columns match ``extract --format csv``; offsets are code points (nullable integers
    where a speaker or cue can be missing). Raises NewsExtractError when pandas is missing,
    TypeError for a record that is not a dict.
    """
    try:
        import pandas as pd  # noqa: PLC0415
    except ImportError as e:
        raise NewsExtractError("pandas is missing: install it with 'apt-get install python3-pandas' (Debian/Ubuntu) "
                               f"or 'pip install pandas' ({e})") from None
    if isinstance(results, dict):
        results = [results]
    entities, mentions, quotes, reported, documents = [], [], [], [], []
    for r in results:
        if not isinstance(r, dict):
            raise TypeError(f"to_frames() takes result dicts, got {type(r).__name__}")
        doc = r.get("id")
        if "error" in r:
            documents.append({"doc_id": doc, "status": "error", "error": r["error"], "characters": None,
                              "people": None, "places": None, "organizations": None, "quotes": None,
                              "reported": None})
            continue
        text = getattr(r, "text", None)
        documents.append({"doc_id": doc, "status": "ok", "error": None,
                          "characters": len(text) if isinstance(text, str) else None,
                          "people": len(r.get("people", [])), "places": len(r.get("places", [])),
                          "organizations": len(r.get("organizations", [])), "quotes": len(r.get("quotes", [])),
                          "reported": len(r["reported"]) if r.get("reported") is not None else None})
        for field, type_name in ENTITY_FIELDS:
            for e in r.get(field, []):
                ms = e.get("mentions", [])
                entities.append({"doc_id": doc, "entity_id": e["id"], "type": type_name, "name": e["name"],
                                 "kind": e.get("kind"), "mentions": len(ms), "aliases": list(e.get("aliases", [])),
                                 "first_start": ms[0]["start"] if ms else None,
                                 "first_end": ms[0]["end"] if ms else None})
                for m in ms:
                    mentions.append({"doc_id": doc, "entity_id": e["id"], "type": type_name, "start": m["start"],
                                     "end": m["end"], "text": m["text"], "confidence": m.get("confidence")})
        for i, q in enumerate(r.get("quotes", [])):
            s = q.get("speaker") or {}
            sm = s.get("mention") or {}
            cue = q.get("cue") or {}
            quotes.append({"doc_id": doc, "quote": i, "kind": q.get("kind"), "start": q["start"], "end": q["end"],
                           "speaker": s.get("name"), "speaker_entity": s.get("entity"),
                           "speaker_start": sm.get("start"), "speaker_end": sm.get("end"),
                           "cue": cue.get("text"), "cue_start": cue.get("start"), "cue_end": cue.get("end"),
                           "text": q["text"]})
        for i, s in enumerate(r.get("reported") or []):
            sp = s.get("speaker") or {}
            sm = sp.get("mention") or {}
            cue = s.get("cue") or {}
            reported.append({"doc_id": doc, "reported": i, "start": s["start"], "end": s["end"],
                             "speaker": sp.get("name"), "speaker_entity": sp.get("entity"),
                             "speaker_start": sm.get("start"), "speaker_end": sm.get("end"),
                             "cue": cue.get("text"), "cue_start": cue.get("start"), "cue_end": cue.get("end"),
                             "confidence": s.get("confidence"), "text": s["text"]})
    columns = {
        "entities": ["doc_id", "entity_id", "type", "name", "kind", "mentions", "aliases", "first_start", "first_end"],
        "mentions": ["doc_id", "entity_id", "type", "start", "end", "text", "confidence"],
        "quotes": ["doc_id", "quote", "kind", "start", "end", "speaker", "speaker_entity", "speaker_start",
                   "speaker_end", "cue", "cue_start", "cue_end", "text"],
        "reported": ["doc_id", "reported", "start", "end", "speaker", "speaker_entity", "speaker_start",
                     "speaker_end", "cue", "cue_start", "cue_end", "confidence", "text"],
    }
    columns["documents"] = ["doc_id", "status", "error", "characters", "people", "places", "organizations", "quotes",
                            "reported"]
    frames = {name: pd.DataFrame(rows, columns=columns[name]) for name, rows in
              (("entities", entities), ("mentions", mentions), ("quotes", quotes), ("reported", reported),
               ("documents", documents))}
    # offsets and counts that can be missing stay integers (pandas' nullable Int64), not floats like 190.0
    for name, cols in (("quotes", ("speaker_start", "speaker_end", "cue_start", "cue_end")),
                       ("reported", ("speaker_start", "speaker_end", "cue_start", "cue_end")),
                       ("entities", ("first_start", "first_end")),
                       ("documents", ("characters", "people", "places", "organizations", "quotes", "reported"))):
        for c in cols:
            frames[name][c] = frames[name][c].astype("Int64")
    return Frames(frames["entities"], frames["mentions"], frames["quotes"], frames["reported"], frames["documents"])
