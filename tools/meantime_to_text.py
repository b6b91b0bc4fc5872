#!/usr/bin/env python3
"""Turns NewsReader MEANTIME articles (CAT XML) into Dossier text articles.

    python3 tools/meantime_to_text.py ../shared/data/meantime-apple/intra-doc examples/demo

For each FILE.xml in the input folder, writes FILE.txt in the output folder:

    title: <sentence 0, the headline>
    date: <the TIMEX3 with functionInDocument=CREATION_TIME, YYYY-MM-DD>
    source: Wikinews
    url: <the Document's url attribute>

    <sentences 2.., one paragraph each>

Sentence 1 of every MEANTIME article is the Wikinews dateline ("January 12 , 2007"), the tokens of
the creation time; it is dropped from the body, since the date header says it. The body is
detokenised from the token list: no space before , . ; : % ) ] and closing quotes, none after
( [ $ and opening quotes, contractions and possessives ('s n't 're ...) joined, PTB quotes
(`` '') written as ", a slash between two words joined ($149/£99), a hyphen before a lowercase word
joined (iTunes-compatible) and in Wal-Mart; any other "-" stays a dash between spaces. Only the
standard library is used, and the output depends on the input alone, so running it again gives the
same files.
"""

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NO_SPACE_BEFORE = {",", ".", ";", ":", "%", ")", "]", "}", "”", "’", "''", "!", "?", "n't", "'s", "'S", "'re",
                   "'ve", "'ll", "'d", "'m", "'"}
NO_SPACE_AFTER = {"(", "[", "{", "“", "``", "`", "$", "£", "#", "‘"}
CLITICS = {"s", "re", "ve", "ll", "d", "m", "t"}
JOINERS = {"-", "/"}
# after " - ", words that start a clause: the "-" before them is a dash, not a hyphen
CLAUSE_WORDS = {"a", "an", "and", "or", "are", "is", "it", "the"}


def joins(prev, tok, nxt):
    """Whether tok joins its neighbours: a slash between words ($149/£99, audio/video), a hyphen
    before a lowercase word (iTunes-compatible) and Wal-Mart; any other "-" is a dash."""
    if prev is None or nxt is None or tok not in JOINERS:
        return False
    if tok == "/":
        return prev[-1:].isalnum() and nxt[:1].isalnum()
    if (prev, nxt) == ("Wal", "Mart"):
        return True
    return prev[-1:].isalnum() and nxt[:1].islower() and nxt not in CLAUSE_WORDS


def detokenise(tokens, quotes):
    """The text of a token list; quotes is a one-element list holding the count of " seen so far."""
    out = ""
    glue_next = False
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i > 0 else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        text = {"``": '"', "''": '"', "`": "'"}.get(tok, tok)
        space = bool(out) and not glue_next
        if tok in NO_SPACE_BEFORE:
            space = False
        if tok == '"':
            opening = quotes[0] % 2 == 0
            quotes[0] += 1
            if not opening:
                space = False
        if tok.startswith("'") and len(tok) > 1 and prev is not None and re.fullmatch(r"[A-Z]", prev):
            space = False  # O 'Reilly
        if joins(prev, tok, nxt):
            space = False
        glue_next = tok in NO_SPACE_AFTER
        if tok == '"':
            glue_next = quotes[0] % 2 == 1
        if joins(prev, tok, nxt):
            glue_next = True
        if tok in ("'", "’") and nxt is not None and nxt in CLITICS:
            glue_next = True  # we ' re, Wayne ’ s
        out += (" " if space else "") + text
    return out


def convert(xml_file):
    root = ET.parse(xml_file).getroot()
    sentences = {}
    for token in root.findall("token"):
        sentences.setdefault(int(token.get("sentence")), []).append(token.text)
    creation = [t for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"]
    if len(creation) != 1 or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", creation[0].get("value", "")):
        raise SystemExit(f"{xml_file}: expected one CREATION_TIME TIMEX3 with a YYYY-MM-DD value")
    quotes = [0]
    order = sorted(sentences)
    title = detokenise(sentences[order[0]], [0])
    body = [detokenise(sentences[s], quotes) for s in order[2:]]
    header = [f"title: {title}", f"date: {creation[0].get('value')}", "source: Wikinews"]
    if root.get("url"):
        header.append(f"url: {root.get('url')}")
    return "\n".join(header) + "\n\n" + "\n\n".join(body) + "\n"


def main(argv):
    if len(argv) != 3:
        raise SystemExit("usage: meantime_to_text.py MEANTIME_XML_FOLDER OUTPUT_FOLDER")
    source, target = Path(argv[1]), Path(argv[2])
    target.mkdir(parents=True, exist_ok=True)
    files = sorted(source.glob("*.xml"))
    for xml_file in files:
        (target / (xml_file.stem + ".txt")).write_text(convert(xml_file), encoding="utf-8")
    print(f"{len(files)} articles written to {target}")


if __name__ == "__main__":
    main(sys.argv)
