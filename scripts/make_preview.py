"""Render pages of the example PDF side by side into docs/paper-preview.png (for the README).

Usage: python scripts/make_preview.py PAPER.pdf OUT.png PAGE [PAGE ...]   (needs pdftoppm)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image


def main(pdf: Path, target: Path, pages: list[int]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        images = []
        for page in pages:
            stem = Path(folder) / f"p{page}"
            subprocess.run(["pdftoppm", "-r", "40", "-png", "-singlefile", "-f", str(page),
                            "-l", str(page), str(pdf), str(stem)], check=True)
            images.append(Image.open(f"{stem}.png").convert("RGB"))
        gap = 12
        height = max(i.height for i in images)
        sheet = Image.new("RGB", (sum(i.width for i in images) + gap * (len(images) + 1),
                                  height + 2 * gap), "#dee0e2")
        x = gap
        for image in images:
            sheet.paste(image, (x, gap + (height - image.height) // 2))
            x += image.width + gap
        sheet.save(target, optimize=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), [int(p) for p in sys.argv[3:]])
