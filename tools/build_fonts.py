"""Rebuild the fonts in resources/fonts/ from Debian's font packages, reproducibly.

    python tools/build_fonts.py            # downloads the pinned .deb files with apt-get
    python tools/build_fonts.py --debs DIR # or uses .deb files already in DIR

Every source is a pinned Debian package whose sha256 is checked before use. reportlab embeds
TrueType outlines only, so Noto Sans CJK SC (CFF outlines) is converted to quadratic TrueType
outlines with fontTools' cu2qu; the other fonts are TrueType already and are copied unchanged.
The CJK font is first subset to the characters it maps (the glyphs reachable only through
OpenType features, which reportlab never uses, are dropped) and its hinting is removed.

Then ``fonts.json`` is written: each font's file, sha256 and the code points it covers (as
ranges), which ``station_app.printing.glyphs`` reads to tell, without loading any font, whether
a text can be printed.

Needs fontTools (``pip install fonttools``, in the dev extras) and, without ``--debs``,
``apt-get`` and ``dpkg-deb``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "fonts"

# package -> (version, sha256 of the .deb)
DEBS: dict[str, tuple[str, str]] = {
    "fonts-noto-cjk": (
        "1:20220127+repack1-1",
        "4a2515eb6db3978b897fef9709ed0d2b1f4c6c4df4d83d6c4ef65f71f1b1f502",
    ),
    "fonts-noto-core": (
        "20201225-1",
        "58f4f0bb6720f919f92096b3508e1412a0f1544424ade6c5b5bf1eb694dd64ba",
    ),
    "fonts-hanazono": (
        "20170904-2.1",
        "a6943366b4f5a6cec34221f8b4eb22555a628f0ee6ef4e3d3401cabe9363aeae",
    ),
}

NOTO_CJK_DIR = "usr/share/fonts/opentype/noto"
NOTO_DIR = "usr/share/fonts/truetype/noto"
HANAZONO_DIR = "usr/share/fonts/truetype/hanazono"
CJK_FAMILY = "Noto Sans CJK SC"

# The chain, in the order printing tries it; (file written, role, source).
FONTS: tuple[tuple[str, str, str], ...] = (
    ("NotoSans-Regular.ttf", "latin", f"{NOTO_DIR}/NotoSans-Regular.ttf"),
    ("NotoSans-Bold.ttf", "latin-bold", f"{NOTO_DIR}/NotoSans-Bold.ttf"),
    ("NotoSansCJKsc-Regular-TT.ttf", "cjk", f"{NOTO_CJK_DIR}/NotoSansCJK-Regular.ttc"),
    ("NotoSansCJKsc-Bold-TT.ttf", "cjk-bold", f"{NOTO_CJK_DIR}/NotoSansCJK-Bold.ttc"),
    ("HanaMinB.ttf", "cjk-extension", f"{HANAZONO_DIR}/HanaMinB.ttf"),
)


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fetch_debs(target: Path) -> None:
    specs = [f"{name}={version}" for name, (version, _) in DEBS.items()]
    subprocess.run(["apt-get", "download", *specs], cwd=target, check=True)


def unpack(debs: Path, root: Path) -> None:
    for name, (version, digest) in DEBS.items():
        found = sorted(debs.glob(f"{name}_*.deb"))
        if not found:
            sys.exit(f"{name} {version}: no .deb in {debs}")
        deb = found[-1]
        if sha256(deb) != digest:
            sys.exit(f"{deb.name}: sha256 differs from the pinned {digest}")
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)


def _quadratic_glyphs(font: object) -> dict[str, object]:
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    glyph_set = font.getGlyphSet()  # type: ignore[attr-defined]
    out: dict[str, object] = {}
    for name in list(glyph_set.keys()):
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        out[name] = pen.glyph()
    return out


def cff_to_truetype(font: object) -> None:
    """Replace the CFF outlines of ``font`` by TrueType (glyf) outlines, in place."""
    from fontTools.ttLib import newTable

    order = font.getGlyphOrder()  # type: ignore[attr-defined]
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = _quadratic_glyphs(font)
    font["loca"] = newTable("loca")  # type: ignore[index]
    font["glyf"] = glyf  # type: ignore[index]
    for tag in ("CFF ", "VORG"):
        if tag in font:  # type: ignore[operator]
            del font[tag]  # type: ignore[attr-defined]
    glyf.compile(font)
    hmtx = font["hmtx"]  # type: ignore[index]
    for name, glyph in glyf.glyphs.items():
        width = hmtx[name][0]
        hmtx[name] = (width, getattr(glyph, "xMin", 0))
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.numGlyphs = len(order)
    for attr in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    font["maxp"] = maxp  # type: ignore[index]
    maxp.recalc(font)
    post = font["post"]  # type: ignore[index]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font["head"].glyphDataFormat = 0  # type: ignore[index]
    font.sfntVersion = "\x00\x01\x00\x00"  # type: ignore[attr-defined]


def build_cjk(source: Path, target: Path) -> None:
    from fontTools import subset
    from fontTools.ttLib import TTCollection

    collection = TTCollection(str(source))
    font = next(f for f in collection.fonts if f["name"].getDebugName(1) == CJK_FAMILY)
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx", "DSIG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=font.getBestCmap().keys())
    subsetter.subset(font)
    cff_to_truetype(font)
    font.save(str(target))


def coverage(path: Path) -> list[list[int]]:
    """The code points ``path`` maps to a glyph, as [first, last] ranges."""
    from fontTools.ttLib import TTFont

    points = sorted(TTFont(str(path), lazy=True).getBestCmap())
    ranges: list[list[int]] = []
    for cp in points:
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return ranges


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--debs", type=Path, help="a folder holding the pinned .deb files")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        debs = args.debs
        if debs is None:
            debs = work / "debs"
            debs.mkdir()
            fetch_debs(debs)
        root = work / "root"
        unpack(debs, root)
        manifest = []
        for file_name, role, source in FONTS:
            target = OUT / file_name
            src = root / source
            print(f"{file_name} ← {source}", flush=True)
            if source.endswith(".ttc"):
                build_cjk(src, target)
            else:
                shutil.copyfile(src, target)
            manifest.append(
                {
                    "file": file_name,
                    "role": role,
                    "source": source,
                    "source_sha256": sha256(src),
                    "sha256": sha256(target),
                    "coverage": coverage(target),
                }
            )
    packages = {name: version for name, (version, _) in DEBS.items()}
    data = {"debian_packages": packages, "fonts": manifest}
    (OUT / "fonts.json").write_text(json.dumps(data, separators=(",", ":")) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
