#!/usr/bin/python3
"""The python-docx point of comparison of `make bench`: for every file given, only the text and the fonts
of every run of the body and its tables, nothing checked. Run with Debian's /usr/bin/python3, which has
python3-docx. Prints `docs=N seconds=S` (the time spent in this loop, interpreter start-up excluded)."""

import sys
import time

import docx


def paragraphs(document):
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def extract(path):
    document = docx.Document(path)
    characters = 0
    fonts = set()
    for paragraph in paragraphs(document):
        for run in paragraph.runs:
            characters += len(run.text)
            rfonts = run._element.rPr.rFonts if run._element.rPr is not None else None
            east_asia = rfonts.get(docx.oxml.ns.qn("w:eastAsia")) if rfonts is not None else None
            fonts.add((run.font.name, east_asia, run.font.size))
    return characters, len(fonts)


def main():
    start = time.perf_counter()
    for path in sys.argv[1:]:
        extract(path)
    print(f"docs={len(sys.argv) - 1} seconds={time.perf_counter() - start:.6f}")


if __name__ == "__main__":
    main()
