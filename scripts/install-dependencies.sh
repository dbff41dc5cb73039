#!/usr/bin/env bash
# Installs the system packages Guesswork builds against, and with --test the
# Python packages its interoperability tests use. Installs only what is
# missing, so a second run is quick. Needs root or sudo for apt-get.
set -euo pipefail

packages=(pkg-config libargon2-dev libcrypt-dev libicu-dev libxml2-dev)
python_packages=()
if [[ "${1:-}" == "--test" ]]; then
  python_packages=(argon2-cffi bcrypt jsonschema)
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "error: the Swift toolchain (6.0 or later) is not on PATH; install it from swift.org first" >&2
  exit 1
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if ((${#missing[@]} > 0)); then
  sudo_command=()
  if [[ "$(id -u)" != 0 ]]; then
    sudo_command=(sudo)
  fi
  echo "installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_command[@]}" apt-get update -qq </dev/null
  "${sudo_command[@]}" apt-get install -y -qq "${missing[@]}" </dev/null >/dev/null
fi

for package in "${python_packages[@]}"; do
  module="${package//-/_}"
  [[ "$package" == "argon2-cffi" ]] && module="argon2"
  if ! python3 -c "import $module" 2>/dev/null; then
    echo "installing Python package: $package"
    pip_install=(python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore)
    # A system Python that marks itself externally managed (PEP 668) refuses
    # plain installs; the test packages are then installed for the user.
    "${pip_install[@]}" "$package" </dev/null 2>/dev/null \
      || "${pip_install[@]}" --user --break-system-packages "$package" </dev/null
  fi
done
