"""Draws the program's icon (a red badge with 工) as a multi-size .ico for the Windows build.

Usage: python packaging/make_icon.py OUT.ico
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
FONT = ROOT / "resources" / "fonts" / "DroidSansFallbackFull.ttf"
SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
RED = (196, 30, 36, 255)


def draw(size: int = 256) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    canvas = ImageDraw.Draw(image)
    margin = size // 16
    canvas.rounded_rectangle(
        (margin, margin, size - margin, size - margin), radius=size // 6, fill=RED
    )
    font = ImageFont.truetype(str(FONT), int(size * 0.62))
    canvas.text((size / 2, size / 2), "工", font=font, fill="white", anchor="mm")
    return image


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.parent.mkdir(parents=True, exist_ok=True)
    draw().save(out, sizes=SIZES)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
