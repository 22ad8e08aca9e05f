#!/usr/bin/env bash
# Starts and stops a real SMTP server (Debian's python3-aiosmtpd) on a free loopback port; every
# mail it receives lands as one file in a maildir. Sourced by servers.sh; exports for the tests:
#   TDKT_TEST_SMTP_PORT   the port
#   TDKT_TEST_SMTP_DIR    the maildir (new/ holds the received mails)

rig_start_smtp() {
  if [ -n "${TDKT_TEST_SMTP_PORT:-}" ]; then rig_log "using SMTP at 127.0.0.1:$TDKT_TEST_SMTP_PORT"; return; fi
  if ! /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null; then
    rig_need_root_for python3-aiosmtpd TDKT_TEST_SMTP_PORT
    rig_log "installing python3-aiosmtpd"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-aiosmtpd >/dev/null
  fi
  RIG_SMTP_DIR=$(mktemp -d /tmp/tdkt-smtp.XXXXXX)
  local port
  port=$(rig_free_port)
  mkdir -p "$RIG_SMTP_DIR/mail/new" "$RIG_SMTP_DIR/mail/cur" "$RIG_SMTP_DIR/mail/tmp"
  rig_log "starting SMTP on 127.0.0.1:$port"
  setsid nohup /usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$port" -c aiosmtpd.handlers.Mailbox "$RIG_SMTP_DIR/mail" \
    > "$RIG_SMTP_DIR/server.log" 2>&1 < /dev/null &
  echo $! > "$RIG_SMTP_DIR/server.pid"
  for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
  export TDKT_TEST_SMTP_PORT="$port" TDKT_TEST_SMTP_DIR="$RIG_SMTP_DIR/mail"
}

rig_stop_smtp() {
  if [ -n "${RIG_SMTP_DIR:-}" ]; then
    rig_log "stopping SMTP"
    kill -TERM "$(cat "$RIG_SMTP_DIR/server.pid")" 2>/dev/null || true
    rm -rf "$RIG_SMTP_DIR"
  fi
}
