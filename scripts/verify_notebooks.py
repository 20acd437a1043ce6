"""Checks the outputs of the executed quickstart notebook and of the JShell script against the
CLI's JSON for the same seed (the expected values are computed here, never written down).

Usage: verify_notebooks.py SEED_JSON EXECUTED_IPYNB JSHELL_STDOUT JSHELL_HTML
Prints one line per problem and exits 1 when there is any."""
import json
import re
import sys


def expectations(seed_json):
    x = json.load(open(seed_json, encoding="utf-8"))
    people = {p["id"]: p["name"] for p in x["people"]}
    entities = [e["id"] for f in ("people", "places", "organizations") for e in x[f]]
    quoted = sorted({q["speaker"]["entity"] for q in x["quotes"]
                     if q.get("speaker") and q["speaker"].get("entity") in people})
    return people, entities, len(x["quotes"]), [people[e] for e in quoted], len(x.get("reported", []))


def check_text(where, text, people, n_quotes, quoted, problems):
    for name in people.values():
        if name not in text:
            problems.append(f"{where}: person {name!r} not in the output")
    m = re.search(r"^quotes: (\d+)$", text, re.M)
    if not m or int(m.group(1)) != n_quotes:
        problems.append(f"{where}: expected a line 'quotes: {n_quotes}', got {m.group(0) if m else None!r}")
    m = re.search(r"^people quoted: (\d+) (.*)$", text, re.M)
    if not m or int(m.group(1)) != len(quoted) or any(n not in m.group(2) for n in quoted):
        problems.append(f"{where}: expected 'people quoted: {len(quoted)}' naming {quoted}, "
                        f"got {m.group(0) if m else None!r}")


def check_reported(where, text, n_reported, problems):
    m = re.search(r"^reported speeches: (\d+)$", text, re.M)
    if not m or int(m.group(1)) != n_reported:
        problems.append(f"{where}: expected a line 'reported speeches: {n_reported}', got {m.group(0) if m else None!r}")


def check_html(where, html, entities, n_quotes, problems):
    for e in entities:
        if f'data-entity="{e}"' not in html:
            problems.append(f"{where}: entity {e} is not highlighted in the HTML view")
    for i in range(n_quotes):
        if f'class="ne-quote" data-quote="{i}"' not in html:
            problems.append(f"{where}: quote {i} is not highlighted in the HTML view")
    if "<script" in html:
        problems.append(f"{where}: the HTML view contains a script")


def main(seed_json, notebook, jsh_out, jsh_html):
    people, entities, n_quotes, quoted, n_reported = expectations(seed_json)
    if len(people) < 1:
        return ["the CLI found no people in the seed: nothing to compare"]
    problems = []

    nb = json.load(open(notebook, encoding="utf-8"))
    texts, htmls = [], []
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        if cell.get("execution_count") is None:
            problems.append("notebook: a code cell was not executed")
        for o in cell.get("outputs", []):
            if o["output_type"] == "error":
                problems.append(f"notebook: error {o.get('ename')}: {o.get('evalue')}")
            elif o["output_type"] == "stream" and o.get("name") == "stdout":
                texts.append("".join(o["text"]) if isinstance(o["text"], list) else o["text"])
            elif "data" in o:
                for kind, target in (("text/plain", texts), ("text/html", htmls)):
                    v = o["data"].get(kind)
                    if v is not None:
                        target.append("".join(v) if isinstance(v, list) else v)
    check_text("notebook", "\n".join(texts), people, n_quotes, quoted, problems)
    check_reported("notebook", "\n".join(texts), n_reported, problems)
    check_html("notebook", "\n".join(htmls), entities, n_quotes, problems)

    out = open(jsh_out, encoding="utf-8").read()
    for line in out.splitlines():
        if line.startswith("Error:") or "Exception" in line:
            problems.append(f"jshell: {line}")
    check_text("jshell", out, people, n_quotes, quoted, problems)
    check_reported("jshell", out, n_reported, problems)
    check_html("jshell", open(jsh_html, encoding="utf-8").read(), entities, n_quotes, problems)
    return problems


if __name__ == "__main__":
    found = main(*sys.argv[1:5])
    for p in found:
        print("verify-notebooks: " + p)
    if found:
        sys.exit(1)
    print("verify-notebooks: notebook and JShell outputs agree with the CLI's JSON")
