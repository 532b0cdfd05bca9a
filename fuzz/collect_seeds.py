#!/usr/bin/env python3
"""Collects the seed corpora of the fuzz targets into OUT/<target>/ (docs/fuzzing.md).

Sources: samples/*.docx and *.yaml, rules/*.yaml, every .docx and .yaml under tests/data, the real corpus in
../shared/corpus/real (when present), and the regression inputs in tests/data/fuzz/<target>/. Packages are
re-zipped without their media (qbcheck never inflates media; smaller seeds fuzz faster); the part target gets
each XML part prefixed with its selector byte. Seeds longer than the target's -max_len are left out.

Usage: collect_seeds.py SOURCE_DIR OUT_DIR
"""
import glob
import hashlib
import io
import os
import sys
import zipfile

# Keep in step with fuzz_xml_part.cpp: the selector byte is the index in this list.
PARTS = [
    "word/document.xml", "word/styles.xml", "word/numbering.xml", "word/theme/theme1.xml",
    "word/settings.xml", "word/footnotes.xml", "word/endnotes.xml", "word/comments.xml",
    "word/_rels/document.xml.rels", "_rels/.rels", "[Content_Types].xml", "docProps/core.xml",
    "docProps/app.xml",
]
# -max_len of each target; run_fuzzers.sh passes the same figures.
MAX_LEN = {"fuzz_open_package": 131072, "fuzz_xml_part": 131072, "fuzz_xml_tree": 131072,
           "fuzz_ruleset_loader": 65536, "fuzz_profile_loader": 16384}


def write_seed(out, target, data):
    if not data or len(data) > MAX_LEN[target]:
        return 0
    folder = os.path.join(out, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)
    return 1


def selector(name):
    """The selector byte of a part name (any theme part goes to the theme slot); None for other parts."""
    if name in PARTS:
        return PARTS.index(name)
    if name.lower().startswith("word/theme/"):
        return PARTS.index("word/theme/theme1.xml")
    return None


def without_media(archive):
    """The package re-zipped with only its XML and relationship parts."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in archive.infolist():
            if info.filename.endswith((".xml", ".rels")):
                out.writestr(info.filename, archive.read(info))
    return buffer.getvalue()


def main():
    source, out = sys.argv[1], sys.argv[2]
    docx = sorted(glob.glob(os.path.join(source, "samples", "*.docx")))
    docx += sorted(glob.glob(os.path.join(source, "tests", "data", "**", "*.docx"), recursive=True))
    docx += sorted(glob.glob(os.path.join(source, "..", "shared", "corpus", "real", "*.docx")))
    yaml = sorted(glob.glob(os.path.join(source, "rules", "*.yaml")))
    yaml += sorted(glob.glob(os.path.join(source, "samples", "*.yaml")))
    yaml += sorted(glob.glob(os.path.join(source, "tests", "data", "**", "*.yaml"), recursive=True))
    counts = dict.fromkeys(MAX_LEN, 0)

    for path in docx:
        try:
            with zipfile.ZipFile(path) as archive:
                counts["fuzz_open_package"] += write_seed(out, "fuzz_open_package", without_media(archive))
                for info in archive.infolist():
                    index = selector(info.filename)
                    if index is not None:
                        part = archive.read(info)
                        counts["fuzz_xml_part"] += write_seed(out, "fuzz_xml_part", bytes([index]) + part)
                        counts["fuzz_xml_tree"] += write_seed(out, "fuzz_xml_tree", part)
        except (zipfile.BadZipFile, OSError):
            # A broken package is a fine seed as it is.
            with open(path, "rb") as f:
                counts["fuzz_open_package"] += write_seed(out, "fuzz_open_package", f.read())
    for path in yaml:
        with open(path, "rb") as f:
            data = f.read()
        counts["fuzz_ruleset_loader"] += write_seed(out, "fuzz_ruleset_loader", data)
        counts["fuzz_profile_loader"] += write_seed(out, "fuzz_profile_loader", data)
    # Regression inputs: every crash found so far stays in the corpus.
    for target in MAX_LEN:
        for path in sorted(glob.glob(os.path.join(source, "tests", "data", "fuzz", target, "*"))):
            if os.path.isfile(path) and not path.endswith(".md"):
                with open(path, "rb") as f:
                    counts[target] += write_seed(out, target, f.read())
    for target, count in counts.items():
        os.makedirs(os.path.join(out, target), exist_ok=True)
        print(f"{target}: {count} seeds")


if __name__ == "__main__":
    main()
