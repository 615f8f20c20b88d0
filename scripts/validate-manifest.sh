#!/usr/bin/env bash
# Offline manifest validation: xmllint against the Office add-in XSDs kept in ../shared/office-manifest-xsd
# (patched for libxml2, see its README.txt). --nonet: the schemas import each other by relative path only.
# Usage: scripts/validate-manifest.sh [manifest.xml ...]   (default: manifest.xml). Exit 0 only if all validate.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
schema="${OFFICE_MANIFEST_XSD:-$root/../shared/office-manifest-xsd/OfficeAppManifestV1_1.xsd}"

if ! command -v xmllint >/dev/null 2>&1; then
  echo "validate-manifest: xmllint not found (Debian: apt-get install libxml2-utils)" >&2
  exit 2
fi
if [ ! -f "$schema" ]; then
  echo "validate-manifest: schema not found: $schema (set OFFICE_MANIFEST_XSD)" >&2
  exit 2
fi

[ "$#" -gt 0 ] || set -- "$root/manifest.xml"
for manifest in "$@"; do
  xmllint --noout --nonet --schema "$schema" "$manifest"
done
