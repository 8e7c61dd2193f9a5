#!/usr/bin/env bash
# Check the starmind_edge runtime on a Raspberry Pi Zero 2 W's CPU without a Pi.
#
# Runs hardware/pi_zero_check.py with an aarch64 (arm64) Python 3.11 under qemu user-mode emulation of a
# Cortex-A53, the Pi Zero 2 W's core, using a Debian bookworm arm64 userland (what 64-bit Raspberry Pi OS
# is built on) and the aarch64 wheels of ai-edge-litert, numpy, sentencepiece and pocketsphinx (the ears). See
# hardware/EMULATION.md.
#
#   hardware/pi_zero_emulation.sh                      # the default questions
#   hardware/pi_zero_emulation.sh "What is 2 plus 3?"  # extra arguments go to pi_zero_check.py
#
# Environment:
#   STARMIND_EMU_DIR     cache folder for the arm64 userland and wheels (default ~/.cache/starmind-pi-zero)
#   STARMIND_EMU_MIRROR  Debian mirror (default http://deb.debian.org/debian)
# Delete the cache folder to rebuild from scratch. Needs root (or sudo) only to apt-get missing tools.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$HERE")
EMU_DIR=${STARMIND_EMU_DIR:-$HOME/.cache/starmind-pi-zero}
MIRROR=${STARMIND_EMU_MIRROR:-http://deb.debian.org/debian}

SUITE=bookworm
DEBS=python3,python3-minimal,libpython3.11,libstdc++6,libgomp1
WHEELS=(ai-edge-litert==2.3.0 numpy sentencepiece "pocketsphinx>=5.1,<6")
WHEEL_TAGS=(--only-binary=:all: --implementation cp --python-version 3.11
            --platform manylinux_2_28_aarch64 --platform manylinux_2_27_aarch64
            --platform manylinux_2_17_aarch64 --platform manylinux2014_aarch64)

ROOT=$EMU_DIR/rootfs           # the arm64 userland; qemu's -L makes the guest look here first
SITE=$EMU_DIR/site             # the aarch64 wheels
PYCACHE=$EMU_DIR/pycache       # the guest's .pyc files, so the repo stays clean
ROOT_MARKER=$ROOT/.starmind-userland
SITE_MARKER=$SITE/.starmind-wheels

START=$SECONDS
step() { printf '\n==> [%3ds] %s\n' "$((SECONDS - START))" "$*"; }
info() { printf '    %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Run a noisy command with its output in a log file; show the end of the log if it fails.
logged() {
    local name=$1 log=$EMU_DIR/$1.log
    shift
    "$@" >"$log" 2>&1 || { tail -n 20 "$log" >&2; die "$name failed, full log in $log"; }
}

as_root() {
    if [[ $(id -u) -eq 0 ]]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else die "need root to run: $*"
    fi
}

# 1. Host tools ---------------------------------------------------------------------------------------------------
install_tools() {
    step "1/4 Host tools"
    local missing=()
    command -v qemu-aarch64-static >/dev/null || missing+=(qemu-user-static)
    command -v debootstrap >/dev/null || missing+=(debootstrap)
    python3 -m pip --version >/dev/null 2>&1 || missing+=(python3-pip)
    if ((${#missing[@]})); then
        info "installing ${missing[*]} with apt-get"
        logged apt-update as_root apt-get update
        logged apt-install as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
    fi
    info "$(qemu-aarch64-static --version | head -n 1)"
    info "host pip: $(python3 -m pip --version | cut -d' ' -f1-2)"
}

# 2. Debian arm64 userland ----------------------------------------------------------------------------------------
# binfmt_misc is often missing (containers, sandboxes), so debootstrap cannot run its second stage: download the
# packages with debootstrap and unpack them ourselves. Nothing in the userland is ever run except python3.11.
build_userland() {
    step "2/4 Debian $SUITE arm64 userland in $ROOT"
    if [[ -f $ROOT_MARKER && $(cat "$ROOT_MARKER") == "$SUITE $DEBS" ]]; then
        info "already built ($(du -sh "$ROOT" | cut -f1)), skipping"
    else
        local work=$EMU_DIR/rootfs.partial
        rm -rf "$work" "$ROOT"
        mkdir -p "$work"
        info "downloading minbase + $DEBS from $MIRROR"
        logged debootstrap debootstrap --arch=arm64 --download-only --variant=minbase --include="$DEBS" \
            "$SUITE" "$work" "$MIRROR"
        local debs=("$work"/var/cache/apt/archives/*.deb)
        info "unpacking ${#debs[@]} packages"
        # Merged /usr like a real bookworm system; keep these links when unpacking.
        mkdir -p "$work/usr/bin" "$work/usr/sbin" "$work/usr/lib"
        ln -s usr/bin "$work/bin"
        ln -s usr/sbin "$work/sbin"
        ln -s usr/lib "$work/lib"
        local deb
        for deb in "${debs[@]}"; do
            dpkg-deb --fsys-tarfile "$deb" | tar -x --keep-directory-symlink --no-same-owner -C "$work"
        done
        rm -rf "$work/var/cache/apt/archives"
        [[ -x $work/usr/bin/python3.11 ]] || die "no usr/bin/python3.11 in the unpacked userland"
        echo "$SUITE $DEBS" >"$work/.starmind-userland"
        mv "$work" "$ROOT"
        info "built ($(du -sh "$ROOT" | cut -f1))"
    fi
    write_fake_pi
}

# qemu 7.2 shows the guest the host's /proc/cpuinfo and /sys/devices/system/cpu, and ai-edge-litert crashes while
# creating an interpreter on an x86 host's. With -L ROOT the guest reads these files first: a Pi Zero 2 W's.
write_fake_pi() {
    local cpu n
    mkdir -p "$ROOT/proc"
    {
        for n in 0 1 2 3; do
            printf 'processor\t: %d\nBogoMIPS\t: 38.40\nFeatures\t: fp asimd evtstrm crc32 cpuid\n' "$n"
            printf 'CPU implementer\t: 0x41\nCPU architecture: 8\nCPU variant\t: 0x0\nCPU part\t: 0xd03\n'
            printf 'CPU revision\t: 4\n\n'
        done
        printf 'Revision\t: 902120\nSerial\t\t: 00000000deadbeef\nModel\t\t: Raspberry Pi Zero 2 W Rev 1.0\n'
    } >"$ROOT/proc/cpuinfo"

    cpu=$ROOT/sys/devices/system/cpu
    rm -rf "$cpu"
    mkdir -p "$cpu"
    for f in possible present online; do echo 0-3 >"$cpu/$f"; done
    echo >"$cpu/offline"
    echo 3 >"$cpu/kernel_max"
    for n in 0 1 2 3; do
        mkdir -p "$cpu/cpu$n/topology" "$cpu/cpu$n/cpufreq"
        echo 1 >"$cpu/cpu$n/online"
        echo "$n" >"$cpu/cpu$n/topology/core_id"
        echo 0 >"$cpu/cpu$n/topology/cluster_id"
        echo 0 >"$cpu/cpu$n/topology/physical_package_id"
        printf '%x\n' $((1 << n)) >"$cpu/cpu$n/topology/thread_siblings"
        echo "$n" >"$cpu/cpu$n/topology/thread_siblings_list"
        echo "$n" >"$cpu/cpu$n/topology/core_cpus_list"
        for f in core_siblings cluster_cpus package_cpus; do echo f >"$cpu/cpu$n/topology/$f"; done
        for f in core_siblings_list cluster_cpus_list package_cpus_list; do echo 0-3 >"$cpu/cpu$n/topology/$f"; done
        echo 1000000 >"$cpu/cpu$n/cpufreq/cpuinfo_max_freq"
        echo 600000 >"$cpu/cpu$n/cpufreq/cpuinfo_min_freq"
        echo 1000000 >"$cpu/cpu$n/cpufreq/scaling_cur_freq"
    done

    # Where the guest finds nothing under ROOT it falls back to the host's file: shadow the host's own
    # site-packages folder, so no x86 package or .pth file leaks into the guest's Python.
    mkdir -p "$ROOT/usr/local/lib/python3.11/dist-packages"
    info "fake Pi Zero 2 W /proc/cpuinfo and /sys/devices/system/cpu (4x Cortex-A53, 1 GHz) written"
}

# 3. aarch64 wheels -----------------------------------------------------------------------------------------------
install_wheels() {
    step "3/4 aarch64 cp311 wheels in $SITE"
    if [[ -f $SITE_MARKER && $(cat "$SITE_MARKER") == "${WHEELS[*]}" ]]; then
        info "already installed, skipping"
    else
        local work=$EMU_DIR/site.partial
        rm -rf "$work" "$SITE"
        info "pip install ${WHEELS[*]}"
        logged pip python3 -m pip install --disable-pip-version-check --root-user-action=ignore --no-compile \
            --target "$work" "${WHEEL_TAGS[@]}" "${WHEELS[@]}"
        echo "${WHEELS[*]}" >"$work/.starmind-wheels"
        mv "$work" "$SITE"
    fi
    local dist names=()
    for dist in "$SITE"/*.dist-info; do
        dist=${dist##*/}
        names+=("${dist%.dist-info}")
    done
    info "${names[*]}"
}

# 4. The check ----------------------------------------------------------------------------------------------------
run_check() {
    step "4/4 hardware/pi_zero_check.py under qemu-aarch64-static -cpu cortex-a53"
    [[ -d $REPO/starmind_edge ]] || die "no starmind_edge package in $REPO"
    # The guest's path gets a folder holding only a link to the repo's starmind_edge package.
    PROJECT=$(mktemp -d)
    trap 'rm -rf "$PROJECT"' EXIT
    ln -s "$REPO/starmind_edge" "$PROJECT/starmind_edge"
    mkdir -p "$PYCACHE"

    # A clean environment: nothing from the host's Python setup (PYTHONHOME, LD_LIBRARY_PATH, ...) reaches the guest,
    # except STARMIND_* settings for the runtime.
    local env=(HOME="$HOME" PATH=/usr/bin:/bin LANG=C.UTF-8 PYTHONNOUSERSITE=1 PYTHONUNBUFFERED=1
               PYTHONPATH="$SITE:$PROJECT" PYTHONPYCACHEPREFIX="$PYCACHE")
    local var
    for var in $(compgen -e); do
        [[ $var == STARMIND_* && $var != STARMIND_EMU_* ]] && env+=("$var=${!var}")
    done

    local rc=0 t0=$SECONDS
    env -i "${env[@]}" qemu-aarch64-static -cpu cortex-a53 -L "$ROOT" "$ROOT/usr/bin/python3.11" \
        "$HERE/pi_zero_check.py" "$@" || rc=$?
    echo
    if ((rc == 0)); then
        info "check passed in $((SECONDS - t0)) s (total $((SECONDS - START)) s)"
    elif ((rc > 128)); then
        die "check crashed: killed by signal $((rc - 128)) ($(kill -l $((rc - 128)))) after $((SECONDS - t0)) s"
    else
        die "check failed with exit status $rc after $((SECONDS - t0)) s"
    fi
}

mkdir -p "$EMU_DIR"
install_tools
build_userland
install_wheels
run_check "$@"
