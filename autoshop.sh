#!/usr/bin/env bash
# Builds, starts and stops an AutoShop instance in ./shop (embedded Derby under shop/data/derby).
#
#   ./autoshop.sh start    build the distribution when sources changed, unpack it into ./shop, start it
#   ./autoshop.sh stop     stop the running shop
#   ./autoshop.sh status   tell whether the shop runs and passes the health check
#   ./autoshop.sh demo     load the demo data into the running shop, logged in as admin
#
# A newer build replaces ./shop but keeps its database (data/derby), its backups (data/backups), the first admin
# password file (data/autoshop), its etc/ folder (with the keystore of the encrypted customer data) and bin/setenv.
# AUTOSHOP_HOME moves the shop elsewhere; the HTTP port is read from its etc/org.ops4j.pax.web.cfg.
set -euo pipefail

cd "$(dirname "$0")"
ROOT="$(pwd)"
SHOP="${AUTOSHOP_HOME:-$ROOT/shop}"
TARBALL_GLOB="$ROOT/karaf-distribution/assembly/target/autoshop-assembly-*.tar.gz"
if [ -z "${JAVA_HOME:-}" ] && command -v java > /dev/null 2>&1; then
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
    export JAVA_HOME
fi

health_url() {
    local port
    port="$(sed -n 's/^org.osgi.service.http.port *= *\([0-9]*\).*/\1/p' "$SHOP/etc/org.ops4j.pax.web.cfg" 2>/dev/null)"
    echo "http://127.0.0.1:${port:-8181}/api/v1/health"
}

build_needed() {
    local archive="$1"
    [ -z "$archive" ] && return 0
    # Any source or pom newer than the distribution means a rebuild.
    [ -n "$(find pom.xml plugin-api core-bundles plugins karaf-distribution -path '*/target' -prune \
        -o -type f -newer "$archive" -print -quit)" ]
}

build() {
    echo "Building AutoShop (tests skipped; run 'mvn install' for the full test suite)..."
    mvn -q -B -DskipTests install
}

tarball() {
    # shellcheck disable=SC2086
    # Before the first build there is no archive, and ls fails, which is not an error here.
    ls -t $TARBALL_GLOB 2>/dev/null | head -n 1 || true
}

unpack() {
    local archive="$1" staging kept
    staging="$(mktemp -d)"
    tar xzf "$archive" -C "$staging"
    if [ -d "$SHOP" ]; then
        echo "Replacing $SHOP with the new build; keeping data/derby, data/backups, data/autoshop, etc/ and bin/setenv"
        kept="$(mktemp -d)"
        [ -d "$SHOP/data/derby" ] && mv "$SHOP/data/derby" "$kept/derby"
        [ -d "$SHOP/data/backups" ] && mv "$SHOP/data/backups" "$kept/backups"
        [ -d "$SHOP/data/autoshop" ] && mv "$SHOP/data/autoshop" "$kept/autoshop"
        cp -a "$SHOP/etc" "$kept/etc"
        [ -f "$SHOP/bin/setenv" ] && cp -a "$SHOP/bin/setenv" "$kept/setenv"
        rm -rf "$SHOP"
        mv "$staging"/autoshop-assembly-* "$SHOP"
        mkdir -p "$SHOP/data"
        [ -d "$kept/derby" ] && mv "$kept/derby" "$SHOP/data/derby"
        [ -d "$kept/backups" ] && mv "$kept/backups" "$SHOP/data/backups"
        [ -d "$kept/autoshop" ] && mv "$kept/autoshop" "$SHOP/data/autoshop"
        cp -a "$kept/etc/." "$SHOP/etc/"
        [ -f "$kept/setenv" ] && cp -a "$kept/setenv" "$SHOP/bin/setenv"
        rm -rf "$kept"
    else
        mv "$staging"/autoshop-assembly-* "$SHOP"
    fi
    rm -rf "$staging"
    sha256sum "$archive" | cut -d' ' -f1 > "$SHOP/.build-checksum"
}

running() {
    # bin/status reports "Not Running" while the JVM may still be shutting down, so look for the JVM itself.
    pgrep -f -- "-Dkaraf.base=$SHOP " > /dev/null 2>&1
}

# Returns whether a REST resource is published: it then requires a login (401), while an unpublished one is 404.
published() {
    local status
    status="$(curl -s -o /dev/null -w '%{http_code}' "$1" 2>/dev/null || true)"
    [ "$status" = "401" ] || [ "$status" = "200" ]
}

wait_for_health() {
    local url
    url="$(health_url)"
    for _ in $(seq 1 180); do
        # Each REST resource is published on its own after the health check passes, so wait for the main ones.
        if curl -fsS "$url" > /dev/null 2>&1 && published "${url%/health}/work-orders?limit=1" \
            && published "${url%/health}/parts?limit=1" \
            && curl -fsS "${url%/api/v1/health}/console/" > /dev/null 2>&1; then
            echo "AutoShop is up at ${url%/api/v1/health}: $(curl -fsS "$url")"
            echo "Logs: $SHOP/data/log/karaf.log   Database: $SHOP/data/derby/autoshop"
            return 0
        fi
        sleep 1
    done
    echo "AutoShop health check at $url failed for 180 s; see $SHOP/data/log/karaf.log" >&2
    return 1
}

start() {
    if running; then
        echo "AutoShop already runs in $SHOP"
        wait_for_health
        return
    fi
    local archive
    archive="$(tarball)"
    if build_needed "$archive"; then
        build
        archive="$(tarball)"
    fi
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

# Logs in as admin for the demo loader unless AUTOSHOP_TOKEN is set. The password is AUTOSHOP_ADMIN_PASSWORD or the
# one the shop wrote at its first start to data/autoshop/admin-password.
demo() {
    if [ -z "${AUTOSHOP_TOKEN:-}" ]; then
        local password="${AUTOSHOP_ADMIN_PASSWORD:-}" file="$SHOP/data/autoshop/admin-password" login_url reply
        if [ -z "$password" ] && [ -r "$file" ]; then
            password="$(tr -d '\r\n' < "$file")"
        fi
        if [ -z "$password" ]; then
            echo "Set AUTOSHOP_TOKEN, or AUTOSHOP_ADMIN_PASSWORD to the admin's password ($file is missing)" >&2
            return 1
        fi
        login_url="$(health_url)"
        login_url="${login_url%/health}/auth/login"
        password="${password//\\/\\\\}"
        password="${password//\"/\\\"}"
        reply="$(printf '{"username":"admin","password":"%s"}' "$password" \
            | curl -sS -X POST "$login_url" -H 'Content-Type: application/json' --data-binary @-)"
        AUTOSHOP_TOKEN="$(printf '%s' "$reply" | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p')"
        if [ -z "$AUTOSHOP_TOKEN" ]; then
            echo "Login as admin failed: $reply" >&2
            return 1
        fi
        export AUTOSHOP_TOKEN
    fi
    java "$ROOT/samples/demo-loader/DemoLoader.java" "$@"
}

status() {
    if running; then
        echo "AutoShop runs in $SHOP"
        curl -fsS "$(health_url)" && echo || echo "but its health check at $(health_url) fails"
    else
        echo "AutoShop is not running"
        return 3
    fi
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    demo) shift; demo "$@" ;;
    *)
        echo "Usage: $0 start|stop|status|demo [loader options]" >&2
        exit 2
        ;;
esac
