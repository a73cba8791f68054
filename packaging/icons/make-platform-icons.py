#!/usr/bin/env python3
"""Renders the Windows .ico and the macOS .icns from the 256 px PNG (itself rendered from the SVG).

Needs Pillow (Debian: python3-pil). Run from anywhere; writes next to the packaging files:
  packaging/windows/quotascope.ico   16..256 px, for the .exe, the installer and the Start-menu entry
  packaging/macos/quotascope.icns    16..256 px, the app bundle's CFBundleIconFile
"""
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "io.github.quotascope-256.png"


def main() -> None:
    image = Image.open(SOURCE).convert("RGBA")
    if image.size != (256, 256):
        raise SystemExit(f"{SOURCE.name}: expected 256x256, got {image.size}")
    ico = HERE.parent / "windows" / "quotascope.ico"
    image.save(ico, format="ICO", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    icns = HERE.parent / "macos" / "quotascope.icns"
    image.save(icns, format="ICNS")
    for path in (ico, icns):
        print(f"{path.relative_to(HERE.parent.parent)}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
