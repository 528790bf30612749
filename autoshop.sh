#!/usr/bin/env bash
# Builds, starts and stops an AutoShop instance in ./shop (embedded Derby under shop/data/derby).
#
#   ./autoshop.sh start    build the distribution when needed, unpack it into ./shop, start it in the background
#   ./autoshop.sh stop     stop the running shop
#   ./autoshop.sh status   tell whether the shop runs and passes the health check
#   ./autoshop.sh demo     load the demo data into the running shop
#
# A newer build replaces ./shop but keeps its database (data/derby) and the AutoShop settings in etc/.
set -euo pipefail

cd "$(dirname "$0")"
ROOT="$(pwd)"
SHOP="${AUTOSHOP_HOME:-$ROOT/shop}"
TARBALL_GLOB="$ROOT/karaf-distribution/assembly/target/autoshop-assembly-*.tar.gz"
HEALTH_URL="http://127.0.0.1:8181/api/v1/health"
if [ -z "${JAVA_HOME:-}" ] && command -v java > /dev/null 2>&1; then
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
    export JAVA_HOME
fi
KEPT_SETTINGS="org.ops4j.datasource-autoshop.cfg io.autoshop.shop.cfg org.ops4j.pax.web.cfg"

build() {
    echo "Building AutoShop (tests skipped; run 'mvn install' for the full test suite)..."
    mvn -q -B -DskipTests install
}

tarball() {
    # shellcheck disable=SC2086
    ls -t $TARBALL_GLOB 2>/dev/null | head -n 1
}

unpack() {
    local archive="$1" staging kept
    staging="$(mktemp -d)"
    tar xzf "$archive" -C "$staging"
    if [ -d "$SHOP" ]; then
        echo "Replacing $SHOP with the new build; keeping data/derby and the AutoShop settings in etc/"
        kept="$(mktemp -d)"
        [ -d "$SHOP/data/derby" ] && mv "$SHOP/data/derby" "$kept/derby"
        for file in $KEPT_SETTINGS; do
            [ -f "$SHOP/etc/$file" ] && cp "$SHOP/etc/$file" "$kept/$file"
        done
        rm -rf "$SHOP"
        mv "$staging"/autoshop-assembly-* "$SHOP"
        mkdir -p "$SHOP/data"
        [ -d "$kept/derby" ] && mv "$kept/derby" "$SHOP/data/derby"
        for file in $KEPT_SETTINGS; do
            [ -f "$kept/$file" ] && cp "$kept/$file" "$SHOP/etc/$file"
        done
        rm -rf "$kept"
    else
        mv "$staging"/autoshop-assembly-* "$SHOP"
    fi
    rm -rf "$staging"
    sha256sum "$archive" | cut -d' ' -f1 > "$SHOP/.build-checksum"
}

running() {
    [ -x "$SHOP/bin/status" ] && "$SHOP/bin/status" > /dev/null 2>&1
}

wait_for_health() {
    for _ in $(seq 1 90); do
        if curl -fsS "$HEALTH_URL" > /dev/null 2>&1; then
            echo "AutoShop is up: $(curl -fsS "$HEALTH_URL")"
            echo "Logs: $SHOP/data/log/karaf.log   Database: $SHOP/data/derby/autoshop"
            return 0
        fi
        sleep 1
    done
    echo "AutoShop health check at $HEALTH_URL failed for 90 s; see $SHOP/data/log/karaf.log" >&2
    return 1
}

start() {
    if running; then
        echo "AutoShop already runs in $SHOP"
        wait_for_health
        return
    fi
    build
    local archive
    archive="$(tarball)"
    if [ -z "$archive" ]; then
        echo "No distribution found at $TARBALL_GLOB after the build" >&2
        exit 1
    fi
    if [ ! -d "$SHOP" ] || [ "$(cat "$SHOP/.build-checksum" 2>/dev/null)" != "$(sha256sum "$archive" | cut -d' ' -f1)" ]; then
        unpack "$archive"
    fi
    echo "Starting AutoShop in $SHOP ..."
    "$SHOP/bin/start"
    wait_for_health
}

stop() {
    if running; then
        "$SHOP/bin/stop"
        for _ in $(seq 1 30); do
            running || { echo "AutoShop stopped"; return 0; }
            sleep 1
        done
        echo "AutoShop is still stopping; see $SHOP/data/log/karaf.log" >&2
        return 1
    fi
    echo "AutoShop is not running"
}

status() {
    if running; then
        echo "AutoShop runs in $SHOP"
        curl -fsS "$HEALTH_URL" && echo || echo "but $HEALTH_URL does not answer yet"
    else
        echo "AutoShop is not running"
        return 3
    fi
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    demo) shift; java "$ROOT/samples/demo-loader/DemoLoader.java" "$@" ;;
    *)
        echo "Usage: $0 start|stop|status|demo [loader options]" >&2
        exit 2
        ;;
esac
