#!/usr/bin/env bash
# Signs one Windows program in place with a code-signing certificate (Authenticode, SHA-256, with
# an RFC 3161 timestamp so the signature outlives the certificate). Used through STATION_APP_SIGN:
#   STATION_APP_SIGN=packaging/sign-osslsigncode.sh \
#   STATION_APP_SIGN_PFX=/secure/station.pfx STATION_APP_SIGN_PASSWORD_FILE=/secure/pfx-pass \
#   packaging/build.sh windows
# STATION_APP_SIGN_TIMESTAMP names the timestamp server (the certificate vendor's; default
# DigiCert's); set it to "none" to sign without a timestamp (for a test certificate offline).
set -euo pipefail
FILE="$1"
: "${STATION_APP_SIGN_PFX:?the .pfx certificate file}"
: "${STATION_APP_SIGN_PASSWORD_FILE:?a file holding the .pfx password}"
TIMESTAMP="${STATION_APP_SIGN_TIMESTAMP:-http://timestamp.digicert.com}"
ARGS=(sign -h sha256 -pkcs12 "$STATION_APP_SIGN_PFX" -readpass "$STATION_APP_SIGN_PASSWORD_FILE"
  -n "街道工会服务站工作台" -in "$FILE" -out "$FILE.signed")
[ "$TIMESTAMP" = none ] || ARGS+=(-ts "$TIMESTAMP")
rm -f "$FILE.signed"
osslsigncode "${ARGS[@]}" >/dev/null
mv "$FILE.signed" "$FILE"
