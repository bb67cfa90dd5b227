"""Build and sign a catalog update file (see gui/ringoff/core/catalog_update.py).

    python tools/make_catalog_update.py --new-key KEY.pem
        make a new Ed25519 key pair: the private key goes to KEY.pem (keep it off the
        repository, somewhere safe); the public key is printed for PUBLIC_KEYS.
    python tools/make_catalog_update.py --key KEY.pem --date 2027-01-15 --out FILE
        sign the catalog in resources/catalog (or --catalog DIR) as an update of that date.

The catalog is checked first: an update with a bad entry is never made. Its _catalog.json
date is set to --date, so the app shows that date.
"""

from __future__ import annotations

import argparse
import base64
import os
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "gui"))

from cryptography.hazmat.primitives import serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from ringoff.core.catalog_update import sign_update  # noqa: E402
from ringoff.core.pinyin import CHARS_FILE, NAMES_FILE  # noqa: E402
from ringoff.storage.catalog_files import load_folder  # noqa: E402


def catalog_files(directory: Path) -> dict[str, bytes]:
    files = {p.name: p.read_bytes() for p in sorted(directory.glob("*.toml"))}
    files.update(
        {
            f"_generic/{p.name}": p.read_bytes()
            for p in sorted((directory / "_generic").glob("*.toml"))
        }
    )
    for name in (NAMES_FILE, CHARS_FILE):
        if (directory / name).exists():
            files[name] = (directory / name).read_bytes()
    return files


def new_key(path: Path) -> str:
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(pem)
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def build(directory: Path, key_file: Path, when: date) -> bytes:
    catalog = load_folder(directory, use_cache=False)
    if catalog.problems:
        raise SystemExit("the catalog has problems:\n" + "\n".join(catalog.problems))
    key = serialization.load_pem_private_key(key_file.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise SystemExit(f"{key_file} is not an Ed25519 private key")
    return sign_update(catalog_files(directory), when, key)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--new-key", type=Path, metavar="KEY.pem")
    parser.add_argument("--key", type=Path, metavar="KEY.pem")
    parser.add_argument("--date", type=date.fromisoformat)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--catalog", type=Path, default=ROOT / "resources" / "catalog")
    args = parser.parse_args()
    if args.new_key:
        print(new_key(args.new_key))
        return 0
    if not (args.key and args.date and args.out):
        parser.error("give --key, --date and --out (or --new-key)")
    args.out.write_bytes(build(args.catalog, args.key, args.date))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
