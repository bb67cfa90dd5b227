"""Build Ringoff for the platform this runs on.

    python packaging/build.py            # everything: bundle + tarball / installer / dmg
    python packaging/build.py --bundle   # only the one-folder bundle (packaging/dist/ringoff)
    python packaging/build.py --no-trim  # keep every Qt plugin (to measure what trimming saves)

Steps: compile the translations (lrelease, resources/i18n/*.ts -> packaging/build/generated/
i18n/*.qm), compile the catalog cache (``python -m ringoff.storage.catalog_files compile``),
render the icon (resources/icons/ringoff.svg -> PNGs 16-1024, an ICO, and an ICNS on macOS), run
PyInstaller with packaging/ringoff.spec, then make what the platform installs from:

* Linux: packaging/dist/ringoff-<version>-linux-<machine>.tar.gz (bundle, .desktop file, icon,
  install.sh);
* Windows: packaging/dist/ringoff-<version>-windows-setup.exe with Inno Setup's ISCC, if found;
* macOS: packaging/dist/Ringoff.app and ringoff-<version>-macos.dmg.

Signing happens only when its environment variables are set (see packaging/README.md).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import struct
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
BUILD = PACKAGING / "build"
GENERATED = BUILD / "generated"
DIST = PACKAGING / "dist"
RESOURCES = ROOT / "resources"
ICON_SVG = RESOURCES / "icons" / "ringoff.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_NAMES = {  # iconset file name -> pixel size
    "icon_16x16.png": 16,
    "icon_16x16@2x.png": 32,
    "icon_32x32.png": 32,
    "icon_32x32@2x.png": 64,
    "icon_128x128.png": 128,
    "icon_128x128@2x.png": 256,
    "icon_256x256.png": 256,
    "icon_256x256@2x.png": 512,
    "icon_512x512.png": 512,
    "icon_512x512@2x.png": 1024,
}


class BuildError(Exception):
    """A step failed; the message says which and why."""


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def version() -> str:
    sys.path.insert(0, str(ROOT / "gui"))
    from ringoff import __version__

    return str(__version__)


CONSTRAINTS = PACKAGING / "constraints.txt"


def _canonical(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def locked_versions(path: Path = CONSTRAINTS) -> dict[str, str]:
    """name -> version of every ``name==version`` line of the constraints file."""
    locked: dict[str, str] = {}
    for line in path.read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        line, _, marker = line.partition(";")  # e.g. "; sys_platform == 'win32'"
        if "==" in line:
            name, _, wanted = line.partition("==")
            locked[_canonical(name)] = wanted.strip()
            if marker.strip():
                _MARKERS[_canonical(name)] = marker.strip()
    return locked


#: Environment markers of locked lines that apply to some systems only (name -> marker).
_MARKERS: dict[str, str] = {}


def applies_here(name: str) -> bool:
    """Whether the locked package *name* belongs on this system (its marker, if any)."""
    marker = _MARKERS.get(_canonical(name))
    if not marker:
        return True
    from packaging.markers import Marker

    return bool(Marker(marker).evaluate())


def unlocked_packages(locked: Mapping[str, str]) -> list[str]:
    """The installed packages whose version is not the locked one (in words)."""
    from importlib import metadata

    wrong = []
    for name, wanted in sorted(locked.items()):
        if not applies_here(name):
            continue
        try:
            have = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue  # not needed on this platform (a constraints file only constrains)
        if have != wanted:
            wrong.append(f"{name} {have} is installed, {wanted} is locked")
    return wrong


def _env_with_gui() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "gui"), env.get("PYTHONPATH")]))
    return env


def run(command: Sequence[str | Path], **kwargs: object) -> None:
    """Run *command*, raising BuildError with its output when it fails."""
    args = [str(c) for c in command]
    log("$ " + " ".join(args))
    result = subprocess.run(args, check=False, **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        raise BuildError(f"{args[0]} failed with exit code {result.returncode}")


# --- translations ----------------------------------------------------------------------------


def compile_translations(source: Path, out_dir: Path) -> list[Path]:
    """lrelease every ``source/ringoff_*.ts`` into ``out_dir``; none is fine (English only).

    An existing .ts that does not compile is an error: a bundle must not ship without it.
    """
    sys.path.insert(0, str(ROOT / "gui"))
    from ringoff.services.translations import build_qm

    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    built: list[Path] = []
    for ts in sorted(source.glob("ringoff_*.ts")):
        qm = out_dir / f"{ts.stem}.qm"
        if not build_qm(ts, qm):
            raise BuildError(f"lrelease could not compile {ts} (is PySide6's lrelease there?)")
        log(f"translation {qm.name}: {qm.stat().st_size} bytes")
        built.append(qm)
    if not built:
        log("no resources/i18n/ringoff_*.ts yet: the bundle will be English only")
    return built


# --- catalog ---------------------------------------------------------------------------------


def compile_catalog() -> Path:
    """resources/catalog.compiled.json, made with the same Python the bundle freezes."""
    run(
        [sys.executable, "-m", "ringoff.storage.catalog_files", "compile", RESOURCES / "catalog"],
        env=_env_with_gui(),
    )
    return RESOURCES / "catalog.compiled.json"


# --- icons -----------------------------------------------------------------------------------


def render_png(svg: Path, sizes: Iterable[int]) -> dict[int, bytes]:
    """The SVG drawn at each size with QtSvg, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise BuildError(f"QtSvg cannot read {svg}")
    out: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # stubs say bytes
            raise BuildError(f"could not write a {size} px PNG")
        buffer.close()
        out[size] = bytes(data.data())
    return out


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    if png[:8] != b"\x89PNG\r\n\x1a\n" or png[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def ico_bytes(pngs: Iterable[bytes]) -> bytes:
    """An ICO file holding each PNG as it is (PNG entries: Windows Vista and later).

    Layout: a 6-byte header (reserved 0, type 1 = icon, count), a 16-byte directory entry per
    image (width and height, 0 meaning 256; colours 0; reserved 0; planes 1; 32 bits per pixel;
    data size; data offset), then the images one after another.
    """
    images = list(pngs)
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for png in images:
        width, height = png_size(png)
        if not (1 <= width <= 256 and 1 <= height <= 256):
            raise ValueError(f"an ICO image is at most 256 pixels, not {width}x{height}")
        entries += struct.pack(
            "<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(png), offset
        )
        offset += len(png)
    return header + entries + b"".join(images)


def make_icons(svg: Path, out_dir: Path) -> dict[str, Path]:
    """ringoff-<size>.png for every size, ringoff.ico, and ringoff.icns on macOS."""
    out_dir.mkdir(parents=True, exist_ok=True)
    pngs = render_png(svg, ICON_SIZES)
    made: dict[str, Path] = {}
    for size, data in pngs.items():
        path = out_dir / f"ringoff-{size}.png"
        path.write_bytes(data)
        made[f"png{size}"] = path
    ico = out_dir / "ringoff.ico"
    ico.write_bytes(ico_bytes(pngs[s] for s in ICO_SIZES))
    made["ico"] = ico
    if sys.platform == "darwin":
        made["icns"] = make_icns(pngs, out_dir)
    log(f"icons in {out_dir}: {', '.join(sorted(p.name for p in made.values()))}")
    return made


def make_icns(pngs: Mapping[int, bytes], out_dir: Path) -> Path:
    """ringoff.icns with macOS's iconutil (macOS only)."""
    iconset = out_dir / "ringoff.iconset"
    if iconset.exists():
        shutil.rmtree(iconset)
    iconset.mkdir()
    for name, size in ICNS_NAMES.items():
        (iconset / name).write_bytes(pngs[size])
    icns = out_dir / "ringoff.icns"
    run(["iconutil", "-c", "icns", iconset, "-o", icns])
    return icns


# --- PyInstaller -----------------------------------------------------------------------------


def run_pyinstaller(*, trim: bool = True) -> Path:
    """The one-folder bundle packaging/dist/ringoff (and Ringoff.app on macOS)."""
    env = _env_with_gui()
    env["RINGOFF_TRIM"] = "1" if trim else "0"
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            DIST,
            "--workpath",
            BUILD / "pyinstaller",
            PACKAGING / "ringoff.spec",
        ],
        env=env,
    )
    bundle = DIST / "ringoff"
    if not bundle.is_dir():
        raise BuildError(f"PyInstaller made no {bundle}")
    return bundle


def folder_size(path: Path) -> int:
    """Bytes in the files under *path* (symbolic links not followed)."""
    total = 0
    for item in path.rglob("*"):
        if item.is_file() and not item.is_symlink():
            total += item.stat().st_size
    return total


# --- Linux -----------------------------------------------------------------------------------


def _add(tar: tarfile.TarFile, path: Path, name: str, mode: int | None = None) -> None:
    info = tar.gettarinfo(str(path), name)
    if mode is not None:
        info.mode = mode
    if info.isfile():
        with path.open("rb") as handle:
            tar.addfile(info, handle)
    else:
        tar.addfile(info)


def make_tarball(bundle: Path, icons: Mapping[str, Path], release: str, out_dir: Path) -> Path:
    """ringoff-<version>-linux-<machine>.tar.gz: the bundle, the .desktop file, the icons and
    install.sh, under one top folder of the same name."""
    machine = platform.machine().lower() or "x86_64"
    top = f"ringoff-{release}-linux-{machine}"
    target = out_dir / f"{top}.tar.gz"
    linux = PACKAGING / "linux"
    with tarfile.open(target, "w:gz") as tar:
        _add(tar, bundle, top + "/ringoff")
        for path in sorted(bundle.rglob("*")):
            _add(tar, path, f"{top}/ringoff/{path.relative_to(bundle).as_posix()}")
        _add(tar, linux / "ringoff.desktop", f"{top}/ringoff.desktop", 0o644)
        _add(tar, linux / "install.sh", f"{top}/install.sh", 0o755)
        _add(tar, icons["png256"], f"{top}/ringoff.png", 0o644)
        _add(tar, ICON_SVG, f"{top}/ringoff.svg", 0o644)
    return target


# --- Windows ---------------------------------------------------------------------------------


def find_iscc() -> Path | None:
    """Inno Setup's compiler: on PATH, or in its usual install folders."""
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base:
            candidate = Path(base) / "Inno Setup 6" / "ISCC.exe"
            if candidate.exists():
                return candidate
    return None


def sign_windows(files: Iterable[Path]) -> None:
    """signtool with the PFX in RINGOFF_SIGN_CERT (password RINGOFF_SIGN_PASSWORD); a time
    stamp from RINGOFF_TIMESTAMP_URL when set. Nothing happens without RINGOFF_SIGN_CERT."""
    cert = os.environ.get("RINGOFF_SIGN_CERT")
    if not cert:
        log("RINGOFF_SIGN_CERT is not set: not signing")
        return
    command: list[str | Path] = ["signtool", "sign", "/fd", "SHA256", "/f", cert]
    password = os.environ.get("RINGOFF_SIGN_PASSWORD")
    if password:
        command += ["/p", password]
    stamp = os.environ.get("RINGOFF_TIMESTAMP_URL")
    if stamp:
        command += ["/tr", stamp, "/td", "SHA256"]
    for path in files:
        # Not through run(): the command line holds the password and must not be logged.
        log(f"signing {path.name}")
        if subprocess.run([*map(str, command), str(path)], check=False).returncode != 0:
            raise BuildError(f"signtool could not sign {path}")


def make_windows_installer(bundle: Path, icons: Mapping[str, Path], release: str) -> Path | None:
    sign_windows(sorted(bundle.glob("*.exe")))
    iscc = find_iscc()
    if iscc is None:
        log("Inno Setup (ISCC.exe) not found: no installer, the bundle is in " + str(bundle))
        return None
    run(
        [
            iscc,
            f"/DAppVersion={release}",
            f"/DSourceDir={bundle}",
            f"/DOutputDir={DIST}",
            f"/DIconFile={icons['ico']}",
            PACKAGING / "windows" / "ringoff.iss",
        ]
    )
    setup = DIST / f"ringoff-{release}-windows-setup.exe"
    sign_windows([setup])
    return setup


# --- macOS -----------------------------------------------------------------------------------


def make_macos_dmg(release: str) -> Path:
    app = DIST / "Ringoff.app"
    identity = os.environ.get("RINGOFF_CODESIGN_IDENTITY")
    entitlements = PACKAGING / "macos" / "entitlements.plist"
    if identity:
        run(
            [
                "codesign",
                "--force",
                "--deep",
                "--options",
                "runtime",
                "--timestamp",
                "--entitlements",
                entitlements,
                "--sign",
                identity,
                app,
            ]
        )
        run(["codesign", "--verify", "--deep", "--strict", "--verbose=2", app])
    else:
        log("RINGOFF_CODESIGN_IDENTITY is not set: the app stays unsigned")
    dmg = DIST / f"ringoff-{release}-macos.dmg"
    run(["bash", PACKAGING / "macos" / "make_dmg.sh", app, dmg])
    if identity:
        run(["codesign", "--force", "--timestamp", "--sign", identity, dmg])
    profile = os.environ.get("RINGOFF_NOTARY_PROFILE")
    if identity and profile:
        run(["xcrun", "notarytool", "submit", dmg, "--keychain-profile", profile, "--wait"])
        run(["xcrun", "stapler", "staple", dmg])
    elif profile:
        log("RINGOFF_NOTARY_PROFILE is set but the app is unsigned: not notarising")
    return dmg


# --- main ------------------------------------------------------------------------------------


def build(*, bundle_only: bool = False, trim: bool = True, locked: bool = True) -> list[Path]:
    """Every step for this platform; the paths of what was made."""
    started = time.monotonic()
    if locked:
        wrong = unlocked_packages(locked_versions())
        if wrong:
            raise BuildError(
                "this environment is not the locked one ("
                + "; ".join(wrong)
                + "): pip install -c packaging/constraints.txt -e '.[packaging]', "
                "or build with --unlocked for a local try"
            )
    release = version()
    compile_translations(RESOURCES / "i18n", GENERATED / "i18n")
    compile_catalog()
    icons = make_icons(ICON_SVG, GENERATED / "icons")
    bundle = run_pyinstaller(trim=trim)
    log(f"bundle {bundle}: {folder_size(bundle) / 1e6:.1f} MB")
    made = [bundle]
    if not bundle_only:
        if sys.platform.startswith("linux"):
            made.append(make_tarball(bundle, icons, release, DIST))
        elif sys.platform == "win32":
            setup = make_windows_installer(bundle, icons, release)
            if setup is not None:
                made.append(setup)
        elif sys.platform == "darwin":
            made += [DIST / "Ringoff.app", make_macos_dmg(release)]
    log(f"done in {time.monotonic() - started:.0f} s: " + ", ".join(str(p) for p in made))
    return made


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build Ringoff for this platform.")
    parser.add_argument("--bundle", action="store_true", help="only the one-folder bundle")
    parser.add_argument(
        "--no-trim", action="store_true", help="keep every Qt plugin and translation"
    )
    parser.add_argument(
        "--unlocked",
        action="store_true",
        help="build from whatever is installed, not the versions in packaging/constraints.txt",
    )
    args = parser.parse_args(argv)
    try:
        build(bundle_only=args.bundle, trim=not args.no_trim, locked=not args.unlocked)
    except BuildError as exc:
        print(f"[build] failed: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
