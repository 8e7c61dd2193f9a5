#!/usr/bin/env bash
# Set up Starmind Edge on a Raspberry Pi (64-bit Raspberry Pi OS: Bookworm or Trixie), then check it works.
#
#   bash hardware/install_pi.sh           install everything, then check
#   bash hardware/install_pi.sh --check   only check an existing install
#
# STARMIND_VENV=/path  where the virtual environment goes (default: ~/starmind-venv)
# SKIP_APT=1           do not install system packages with apt (no sudo needed)
#
# It also works on a 64-bit Debian/Ubuntu laptop: the helpers then use pretend pins.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${STARMIND_VENV:-$HOME/starmind-venv}"
PY="$VENV/bin/python3"
CHECK_ONLY=0
[ "${1:-}" = "--check" ] && CHECK_ONLY=1

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
ok() { printf '  ✅ %s\n' "$*"; }
warn() { printf '  ⚠️  %s\n' "$*"; }
fail() {
    printf '\n  ❌ %s\n\n' "$*" >&2
    exit 1
}

ON_PI=0
MODEL=""
if [ -r /proc/device-tree/model ]; then
    MODEL="$(tr -d '\0' </proc/device-tree/model)"
    case "$MODEL" in *"Raspberry Pi"*) ON_PI=1 ;; esac
fi

check_system() {
    step "Checking this computer"
    if [ "$ON_PI" = 1 ]; then ok "$MODEL"; else warn "Not a Raspberry Pi: the robot helpers will use pretend pins."; fi
    arch="$(dpkg --print-architecture 2>/dev/null || uname -m)"
    case "$arch" in
        arm64 | aarch64 | amd64 | x86_64) ok "64-bit system ($arch)" ;;
        armhf | armel | armv6l | armv7l | i386 | i686)
            fail "This is a 32-bit system ($arch). Starmind needs 64-bit Raspberry Pi OS: the LiteRT runtime has no
     32-bit ARM version. Write 'Raspberry Pi OS (64-bit)' to the card with Raspberry Pi Imager and run this again." ;;
        *) warn "Unusual system ($arch): carrying on, but the brain's runtime may not install." ;;
    esac
    command -v python3 >/dev/null || fail "python3 is missing: sudo apt install python3"
    python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' ||
        fail "Python $(python3 -c 'import platform; print(platform.python_version())') is too old: Starmind needs 3.11 or newer
     (Raspberry Pi OS Bookworm has 3.11, Trixie 3.13)."
    ok "Python $(python3 -c 'import platform; print(platform.python_version())')"
}

install_apt() {
    if [ "${SKIP_APT:-0}" = 1 ]; then
        step "Skipping apt (SKIP_APT=1)"
        return
    fi
    step "Installing system packages (this asks for your password)"
    packages=(python3-venv python3-pip espeak-ng alsa-utils)
    [ "$ON_PI" = 1 ] && packages+=(python3-gpiozero python3-lgpio)
    sudo apt-get update
    sudo apt-get install -y "${packages[@]}"
    ok "${packages[*]}"
}

make_venv() {
    step "Making the virtual environment $VENV"
    if [ -x "$PY" ]; then
        ok "it is already there"
        if grep -qi '^include-system-site-packages *= *false' "$VENV/pyvenv.cfg"; then
            sed -i 's/^include-system-site-packages *= *false/include-system-site-packages = true/I' "$VENV/pyvenv.cfg"
            ok "switched on --system-site-packages, so it sees the system's gpiozero and lgpio"
        fi
    else
        python3 -m venv --system-site-packages "$VENV"
        ok "made with --system-site-packages, so it sees the system's gpiozero and lgpio"
    fi
}

install_starmind() {
    step "Installing Starmind Edge into it (a few minutes on a Pi Zero 2 W)"
    "$PY" -m pip install --disable-pip-version-check "${REPO}[pi,voice]"
    ok "installed"
}

check_install() {
    step "Checking the install"
    [ -x "$PY" ] || fail "There is no virtual environment at $VENV. Run: bash hardware/install_pi.sh"
    "$PY" -c 'import gpiozero' 2>/dev/null ||
        fail "gpiozero does not import in $VENV. Run: bash hardware/install_pi.sh"
    ok "gpiozero imports"
    if [ "$ON_PI" = 1 ]; then
        "$PY" -c 'import lgpio' 2>/dev/null ||
            fail "lgpio (the Pi's GPIO library) does not import in $VENV. Run: sudo apt install python3-lgpio,
     and make sure the venv was made with --system-site-packages (this script does both)."
        ok "lgpio imports"
        pins="$(GPIOZERO_PIN_FACTORY='' "$PY" -c 'from starmind_edge.pins import using_mock_pins; print("pretend" if using_mock_pins() else "real")' | tail -n 1)"
        [ "$pins" = real ] || fail "The GPIO pins do not open (see the message above). Are you in the gpio group?
     sudo usermod -aG gpio \$USER, then log out and in again."
        ok "the real GPIO pins open"
    fi
    answer="$(cd /tmp && "$PY" -c "from starmind_edge import Starmind; print(Starmind().ask('hello'))")" ||
        fail "The brain did not load (see the message above)."
    ok "the brain answers 'hello' with: $answer"
    if command -v espeak-ng >/dev/null; then ok "espeak-ng is there, so say() talks"; else warn "no espeak-ng: say() will only print (sudo apt install espeak-ng)"; fi
    if (cd /tmp && "$PY" -c "from starmind_edge import Ears; Ears()" 2>/dev/null); then ok "the ears load (examples/09)"; else warn "the ears do not load: see hardware/MICROPHONE.md"; fi
    if ls /dev/snd/pcmC*D*c >/dev/null 2>&1; then ok "a microphone is plugged in"; else warn "no microphone: plug in a USB microphone for example 9 (hardware/MICROPHONE.md)"; fi
}

thonny_help() {
    step "All done! Point Thonny at the virtual environment:"
    cat <<EOF
  1. Open Thonny (raspberry menu > Programming > Thonny).
     No menu bar? Click "Switch to regular mode" at the top right, then reopen Thonny.
  2. Tools > Options > Interpreter.
  3. Choose "Local Python 3" (Thonny 3: "Alternative Python 3 interpreter
     or virtual environment"), and for the Python executable:
         $PY
  4. Open $REPO/examples/01_hello_brain.py and press the green Run button.
     Example 3 needs a button and an LED: see hardware/builds/03-button.md

  From a terminal:  $PY $REPO/examples/01_hello_brain.py
EOF
}

check_system
if [ "$CHECK_ONLY" = 0 ]; then
    install_apt
    make_venv
    install_starmind
fi
check_install
thonny_help
