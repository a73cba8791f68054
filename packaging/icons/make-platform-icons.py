#!/usr/bin/env python3
"""Renders the Windows .ico and the macOS .icns from the app icon.

Needs Pillow (Debian: python3-pil). With rsvg-convert (Debian: librsvg2-bin) the icons are rendered from
the SVG at 1024 px, so the Retina sizes are sharp; without it they are scaled from the 256 px PNG.
Writes, next to the other packaging files:
  packaging/windows/quotascope.ico   16..256 px, for the .exe, the installer and the Start-menu entry
  packaging/macos/quotascope.icns    16..1024 px, the app bundle's CFBundleIconFile
"""
import shutil
import subprocess
import tempfile
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
SVG = HERE / "io.github.quotascope.svg"
PNG = HERE / "io.github.quotascope-256.png"


def source_image(workdir: Path) -> Image.Image:
    rsvg = shutil.which("rsvg-convert")
    if rsvg:
        big = workdir / "icon-1024.png"
        subprocess.run([rsvg, "-w", "1024", "-h", "1024", "-o", str(big), str(SVG)], check=True)
        return Image.open(big).convert("RGBA")
    print(f"rsvg-convert not found: scaling {PNG.name}")
    return Image.open(PNG).convert("RGBA")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        image = source_image(Path(tmp))
        ico = HERE.parent / "windows" / "quotascope.ico"
        image.save(ico, format="ICO", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
        icns = HERE.parent / "macos" / "quotascope.icns"
        image.save(icns, format="ICNS")
    for path in (ico, icns):
        print(f"{path.relative_to(HERE.parent.parent)}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
