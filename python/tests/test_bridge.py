"""Tests of the Python bridge. Run: /usr/bin/python3 -m unittest discover -s python/tests -v
(after 'mvn -q -DskipTests package'; the JVM tests need Java and JPype)."""
import json
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "python"))

import newsextract  # noqa: E402
from newsextract import NewsExtractError, to_frames  # noqa: E402

# The contract's own example (shared/contracts/extraction-json.md), shape only.
CONTRACT_EXAMPLE = {
    "schema": "newsextract/1", "id": "assad-flees-damascus", "language": "en",
    "people": [{"id": "p1", "name": "Bashar al-Assad", "aliases": ["Assad", "Bashar al-Assad"],
                "mentions": [{"start": 37, "end": 52, "text": "Bashar al-Assad", "confidence": 0.98}]}],
    "places": [{"id": "l1", "name": "Damascus", "kind": "CITY", "aliases": ["Damascus"],
                "mentions": [{"start": 74, "end": 82, "text": "Damascus", "confidence": 0.99}]}],
    "organizations": [{"id": "o1", "name": "Hayat Tahrir al-Sham", "aliases": ["HTS", "Hayat Tahrir al-Sham"],
                       "mentions": [{"start": 253, "end": 273, "text": "Hayat Tahrir al-Sham", "confidence": 0.9}]}],
    "quotes": [{"start": 331, "end": 402, "text": "\u201cWe declare the city of Damascus free.\u201d", "kind": "DIRECT",
                "speaker": {"entity": "p2", "name": "Abu Mohammed al-Jawlani",
                            "mention": {"start": 190, "end": 213, "text": "Abu Mohammed al-Jawlani"}},
                "cue": {"start": 318, "end": 328, "text": "announcing"}},
               {"start": 500, "end": 510, "text": "\u201cno more\u201d", "kind": "PARTIAL", "speaker": None, "cue": None}],
    "reported": [{"start": 495, "end": 588, "text": "Assad decided to leave the presidential post",
                  "speaker": {"entity": "o2", "name": "Russian Foreign Ministry",
                              "mention": {"start": 460, "end": 484, "text": "Russian Foreign Ministry"}},
                  "cue": {"start": 485, "end": 494, "text": "confirmed"}, "confidence": 0.81}],
}


class FramesTest(unittest.TestCase):
    def test_frames_from_contract_records(self):
        error = {"schema": "newsextract/1", "id": "bad", "error": "bad: no 'text' field"}
        f = to_frames([CONTRACT_EXAMPLE, error])
        self.assertEqual(list(f.entities.entity_id), ["p1", "l1", "o1"])
        self.assertEqual(list(f.entities.type), ["person", "place", "organization"])
        self.assertEqual(list(f.entities.kind.fillna("")), ["", "CITY", ""])
        self.assertEqual(len(f.mentions), 3)
        self.assertEqual(list(f.quotes.speaker_entity), ["p2", None])
        self.assertEqual(list(f.quotes.cue), ["announcing", None])
        self.assertEqual(set(f.quotes.doc_id), {"assad-flees-damascus"}, "error records are skipped")
        self.assertEqual(to_frames(CONTRACT_EXAMPLE).entities.shape, f.entities.shape, "one record works too")
        self.assertEqual(list(f.reported.speaker_entity), ["o2"])
        self.assertEqual(list(f.reported.cue), ["confirmed"])
        self.assertEqual(list(f.reported.confidence), [0.81])
        no_reported = dict(CONTRACT_EXAMPLE)
        del no_reported["reported"]
        self.assertEqual(len(to_frames(no_reported).reported), 0, "records without reported speech add no rows")

    def test_error_records_are_counted_in_the_documents_frame(self):
        error = {"schema": "newsextract/1", "id": "bad", "error": "bad: no 'text' field"}
        f = to_frames([CONTRACT_EXAMPLE, error])
        self.assertEqual(list(f.documents.doc_id), ["assad-flees-damascus", "bad"])
        self.assertEqual(list(f.documents.status), ["ok", "error"])
        self.assertEqual(f.documents.error.tolist()[1], "bad: no 'text' field")
        self.assertEqual(int(f.documents.people[0]), 1)
        self.assertEqual(int(f.documents.reported[0]), 1)
        self.assertEqual(str(f.quotes.speaker_start.dtype), "Int64", "missing offsets stay integers")
        self.assertEqual(f.quotes.speaker_start.tolist()[0], 190)

    def test_empty_frames_have_the_columns(self):
        f = to_frames([])
        self.assertIn("speaker_entity", f.quotes.columns)
        self.assertIn("confidence", f.mentions.columns)
        self.assertIn("confidence", f.reported.columns)
        self.assertEqual(len(f.entities), 0)
        with self.assertRaises(TypeError):
            to_frames(["not a dict"])

    def test_html_of_a_plain_dict_says_what_it_needs(self):
        with self.assertRaisesRegex(TypeError, "needs a result of Extractor.extract"):
            newsextract.html(CONTRACT_EXAMPLE)


class ErrorsTest(unittest.TestCase):
    def test_a_missing_jar_names_the_build_command(self):
        with tempfile.TemporaryDirectory() as empty:
            with self.assertRaisesRegex(NewsExtractError, r"jar is missing.*mvn -q -DskipTests package"):
                newsextract.Extractor(home=empty)

    def test_missing_jpype_names_the_package(self):
        code = ("import sys; sys.modules['jpype'] = None; sys.path.insert(0, %r)\n"
                "import newsextract\n"
                "try:\n    newsextract.Extractor()\n"
                "except newsextract.NewsExtractError as e:\n    print(e)\n") % str(ROOT / "python")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
        self.assertIn("apt-get install python3-jpype", out.stdout, out.stderr)


@unittest.skipUnless((ROOT / "target" / "newsextract.jar").is_file(), "build the jar first: mvn -q -DskipTests package")
class JvmTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.ex = newsextract.Extractor()
        cls.text = (ROOT / "seeds" / "assad-flees-damascus.txt").read_text(encoding="utf-8")
        cls.r = cls.ex.extract(cls.text, id="seed")

    def test_the_result_matches_the_cli_json(self):
        cli = subprocess.run(["java", "-jar", str(ROOT / "target" / "newsextract.jar"), "extract",
                              str(ROOT / "seeds" / "assad-flees-damascus.txt")], capture_output=True, text=True,
                             timeout=300, check=True)
        expected = json.loads(cli.stdout)
        expected["id"] = "seed"
        self.assertEqual(dict(self.r), expected)

    def test_offsets_slice_python_strings(self):
        text = "\U0001F600 Angela Merkel met Emmanuel Macron in Paris."
        r = self.ex.extract(text)
        self.assertIsNone(r["id"])
        spans = [m for f in ("people", "places", "organizations") for e in r[f] for m in e["mentions"]]
        self.assertTrue(spans, r)
        for m in spans:
            self.assertEqual(text[m["start"]:m["end"]], m["text"])

    def test_html_displays_in_notebooks(self):
        view = newsextract.html(self.r)
        markup = view._repr_html_()
        self.assertTrue(markup.startswith("<style>"))
        for e in self.r["people"]:
            self.assertIn(f'data-entity="{e["id"]}"', markup)
        with tempfile.TemporaryDirectory() as d:
            page = Path(view.save(os.path.join(d, "seed.html"))).read_text(encoding="utf-8")
            self.assertTrue(page.startswith("<!DOCTYPE html>"))

    def test_extract_many_keeps_order_and_reports_errors(self):
        out = self.ex.extract_many([("a", "Angela Merkel visited Paris."), {"id": "b", "text": ""},
                                    ("c", "Rebels entered Damascus.")])
        self.assertEqual([r["id"] for r in out], ["a", "b", "c"])
        self.assertEqual(out[1]["people"], [])
        self.assertEqual(to_frames(out).entities.doc_id.tolist()[0], "a")

    def test_a_bad_item_is_an_error_record_and_the_others_go_on(self):
        out = self.ex.extract_many([("a", "Angela Merkel spoke."), ("b", None), ["s"], {"id": "d"},
                                    ("e", float("nan")), ("f", "Barack Obama spoke.")])
        self.assertEqual([r["id"] for r in out], ["a", "b", "#2", "d", "e", "f"])
        self.assertEqual(out[1]["error"], "b: text must be a str, got NoneType")
        self.assertIn("pair or a dict", out[2]["error"])
        self.assertEqual(out[3]["error"], "d: no 'text' field")
        self.assertIn("got float", out[4]["error"])
        self.assertEqual(out[0]["people"][0]["name"], "Angela Merkel")
        self.assertEqual(out[5]["people"][0]["name"], "Barack Obama")
        self.assertEqual(list(to_frames(out).documents.status), ["ok", "error", "error", "error", "error", "ok"])

    def test_a_lone_surrogate_is_kept_and_offsets_still_slice(self):
        text = json.loads('{"t": "Angela Merkel \\ud800 met Emmanuel Macron."}')["t"]
        r = self.ex.extract(text, id="s")
        names = [m["text"] for e in r["people"] for m in e["mentions"]]
        self.assertIn("Emmanuel Macron", names)
        for e in r["people"]:
            for m in e["mentions"]:
                self.assertEqual(text[m["start"]:m["end"]], m["text"])
        self.assertEqual(self.ex.extract_many([("s", text)])[0]["people"], r["people"])

    def test_results_copy_and_pickle_as_dicts_with_their_text(self):
        import copy
        import pickle
        for clone in (copy.deepcopy(self.r), pickle.loads(pickle.dumps(self.r))):
            self.assertEqual(dict(clone), dict(self.r))
            self.assertEqual(clone.text, self.text)

    def test_options_and_their_errors(self):
        entities_only = newsextract.Extractor(quotes=False, reported_speech=False).extract(self.text)
        self.assertEqual(entities_only["quotes"], [])
        self.assertNotIn("reported", entities_only)
        sure = newsextract.Extractor(min_confidence=0.6).extract(self.text)
        self.assertTrue(all(s["confidence"] >= 0.6 for s in sure["reported"]))
        self.assertLess(len(sure["reported"]), len(self.r["reported"]))
        with self.assertRaisesRegex(ValueError, "threads"):
            newsextract.Extractor(threads=0)
        with self.assertRaisesRegex(ValueError, "minReportedConfidence must be between 0 and 1"):
            newsextract.Extractor(min_confidence=2)

    def test_bad_arguments(self):
        with self.assertRaises(TypeError):
            self.ex.extract(b"bytes")
        with self.assertRaisesRegex(ValueError, "unknown engine 'spacy'; known: corenlp"):
            newsextract.Extractor(engine="spacy")


if __name__ == "__main__":
    unittest.main()
