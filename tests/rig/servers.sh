#!/usr/bin/env bash
# Starts and stops the test servers. Sourced by tests/run.sh; exports for the tests (the first three only when no
# Docker engine answers: see rig_start):
#   TDKT_TEST_RABBITMQ       amqp://guest:guest@127.0.0.1:<port>/
#   TDKT_TEST_POSTGRES       Host=127.0.0.1;Port=<port>;Username=postgres;...
#   TDKT_TEST_BROKER_CONTROL a script taking stop|start, to take the broker away and bring it back
#   TDKT_TEST_POSTGRES_CONTROL  the same for PostgreSQL (only when the rig started it)
#   TDKT_TEST_SMTP_PORT, TDKT_TEST_SMTP_DIR  a real SMTP server and the maildir it writes (rig/smtp.sh)
#   TDKT_TEST_CHROMIUM       Debian's chromium, for the browser tests
#   TDKT_TEST_SOFFICE        LibreOffice's soffice, which renders the dossier documents to PDF (read with poppler-utils)

# shellcheck source=smtp.sh
source "$(dirname "${BASH_SOURCE[0]}")/smtp.sh"

rig_log() { echo "[rig] $*" >&2; }

# Below Linux's ephemeral range (32768 and up): a client retrying a stopped broker on a port inside it can be given that
# very port as its own and connect to itself (TCP self-connect), and the restarted broker then cannot listen on it.
rig_free_port() {
  local port
  while :; do
    port=$(( 20000 + RANDOM % 12000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

rig_need_root_for() {
  if [ "$(id -u)" -ne 0 ]; then
    rig_log "$1 is not installed and installing it needs root: run 'sudo apt-get install -y $1', or set $2 to a server of your own."
    exit 1
  fi
}

rig_start_rabbitmq() {
  if [ -n "${TDKT_TEST_RABBITMQ:-}" ]; then rig_log "using RabbitMQ at TDKT_TEST_RABBITMQ"; return; fi
  if [ ! -x /usr/lib/rabbitmq/bin/rabbitmq-server ]; then
    rig_need_root_for rabbitmq-server TDKT_TEST_RABBITMQ
    rig_log "installing rabbitmq-server"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >/dev/null
  fi
  RIG_RABBIT_DIR=$(mktemp -d /tmp/tdkt-rabbit.XXXXXX)
  local r=$RIG_RABBIT_DIR port dist epmd
  port=$(rig_free_port); dist=$(rig_free_port); epmd=$(rig_free_port)
  mkdir -p "$r/home" "$r/log" "$r/mnesia"
  printf 'listeners.tcp.1 = 127.0.0.1:%s\nloopback_users = none\n' "$port" > "$r/rabbitmq.conf"
  echo '[{kernel,[{inet_dist_use_interface,{127,0,0,1}}]}].' > "$r/advanced.config"
  echo '[].' > "$r/enabled_plugins"
  touch "$r/rabbitmq-env.conf"
  # One control script holds the environment, so the tests can stop and restart this very broker. Its export lines
  # are also what rabbitmqctl needs (BrokerVirtualHost reads them): keep them one per line, starting with 'export '.
  cat > "$r/control.sh" <<CTL
#!/usr/bin/env bash
export HOME=$r/home RABBITMQ_NODENAME=tdkt-test-$port@localhost
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT=$port RABBITMQ_DIST_PORT=$dist
export ERL_EPMD_PORT=$epmd ERL_EPMD_ADDRESS=127.0.0.1
export RABBITMQ_MNESIA_BASE=$r/mnesia RABBITMQ_LOG_BASE=$r/log RABBITMQ_PID_FILE=$r/node.pid
export RABBITMQ_CONFIG_FILE=$r/rabbitmq RABBITMQ_ADVANCED_CONFIG_FILE=$r/advanced.config
export RABBITMQ_ENABLED_PLUGINS_FILE=$r/enabled_plugins RABBITMQ_CONF_ENV_FILE=$r/rabbitmq-env.conf
export PATH=/usr/lib/rabbitmq/bin:\$PATH
case "\$1" in
  start)
    # The broker must not inherit the caller's descriptors (a build lock, a test runner's pipes).
    for fd in \$(ls /proc/\$\$/fd); do [ "\$fd" -gt 2 ] && eval "exec \$fd>&-"; done 2>/dev/null
    setsid nohup rabbitmq-server >> $r/log/stdout.log 2>&1 < /dev/null &
    rabbitmqctl wait --timeout 120 $r/node.pid > /dev/null ;;
  stop)
    if [ -f $r/node.pid ]; then
      pid=\$(cat $r/node.pid); kill -TERM "\$pid" 2>/dev/null || true
      for _ in \$(seq 1 60); do kill -0 "\$pid" 2>/dev/null || break; sleep 0.5; done
      rm -f $r/node.pid
    fi ;;
  kill-epmd) epmd -kill > /dev/null 2>&1 || true ;;
esac
CTL
  chmod +x "$r/control.sh"
  rig_log "starting RabbitMQ on 127.0.0.1:$port"
  "$r/control.sh" start
  export TDKT_TEST_RABBITMQ="amqp://guest:guest@127.0.0.1:$port/"
  export TDKT_TEST_BROKER_CONTROL="$r/control.sh"
}

rig_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

rig_start_postgres() {
  if [ -n "${TDKT_TEST_POSTGRES:-}" ]; then rig_log "using PostgreSQL at TDKT_TEST_POSTGRES"; return; fi
  local bin=/usr/lib/postgresql/15/bin port
  [ -x "$bin/initdb" ] || { rig_log "PostgreSQL 15 binaries not found in $bin; set TDKT_TEST_POSTGRES to a server of your own."; exit 1; }
  RIG_PG_DIR=$(mktemp -d /tmp/tdkt-pg.XXXXXX)
  local d=$RIG_PG_DIR
  port=$(rig_free_port)
  mkdir -p "$d/sock"
  [ "$(id -u)" -eq 0 ] && chown -R postgres "$d"
  rig_pg "$bin/initdb" -D "$d/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > "$d/initdb.log"
  # One control script, so the tests can stop and restart this very server (the database drill) with the options it started with.
  cat > "$d/control.sh" <<CTL
#!/usr/bin/env bash
pg() { if [ "\$(id -u)" -eq 0 ]; then runuser -u postgres -- "\$@"; else "\$@"; fi; }
case "\$1" in
  start)
    # The server must not inherit the caller's descriptors (a build lock, a test runner's pipes).
    for fd in \$(ls /proc/\$\$/fd); do [ "\$fd" -gt 2 ] && eval "exec \$fd>&-"; done 2>/dev/null
    pg $bin/pg_ctl -D $d/data -l $d/server.log -w -t 60 \\
      -o "-c listen_addresses=127.0.0.1 -p $port -k $d/sock -c max_connections=300 -c fsync=off" start > /dev/null ;;
  stop) pg $bin/pg_ctl -D $d/data -m fast -w -t 60 stop > /dev/null ;;
  *) echo "usage: \$0 stop|start" >&2; exit 2 ;;
esac
CTL
  chmod +x "$d/control.sh"
  rig_log "starting PostgreSQL on 127.0.0.1:$port"
  "$d/control.sh" start
  export TDKT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres;Include Error Detail=true"
  export TDKT_TEST_POSTGRES_CONTROL="$d/control.sh"
}

# The browser tests drive Debian's chromium (launch flags in ../shared/design/DEPENDENCIES.md), with a font that
# has Vietnamese glyphs so screenshots show the diacritics.
rig_find_chromium() {
  if [ -n "${TDKT_TEST_CHROMIUM:-}" ]; then rig_log "using the browser at TDKT_TEST_CHROMIUM"; return; fi
  if [ ! -x /usr/bin/chromium ]; then
    rig_need_root_for chromium TDKT_TEST_CHROMIUM
    rig_log "installing chromium"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation2 >/dev/null
  fi
  export TDKT_TEST_CHROMIUM=/usr/bin/chromium
}

# The dossier tests render the generated Word documents with LibreOffice and read the PDFs with poppler-utils;
# fonts-liberation2 stands in for Times New Roman with the same metrics and has the Vietnamese glyphs.
rig_find_soffice() {
  if [ -n "${TDKT_TEST_SOFFICE:-}" ]; then rig_log "using LibreOffice at TDKT_TEST_SOFFICE"; return; fi
  if [ ! -x /usr/bin/soffice ] || [ ! -x /usr/bin/pdftotext ]; then
    rig_need_root_for libreoffice-writer-nogui TDKT_TEST_SOFFICE
    rig_log "installing LibreOffice Writer and poppler-utils"
    apt-get update -qq >/dev/null
    local writer=libreoffice-writer-nogui
    apt-cache show "$writer" >/dev/null 2>&1 || writer=libreoffice-writer
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$writer" fonts-liberation2 poppler-utils >/dev/null
  fi
  export TDKT_TEST_SOFFICE=/usr/bin/soffice
}

# The same question the test fixtures ask (tests/Tdkt.Testing/DockerEngine.cs): where a Docker engine answers and no
# variable names a server, the fixtures start RabbitMQ and PostgreSQL with Testcontainers, so the rig starts neither.
rig_docker_answers() {
  command -v docker > /dev/null 2>&1 && timeout 10 docker info --format '{{.ServerVersion}}' > /dev/null 2>&1
}

rig_start() {
  if [ -z "${TDKT_TEST_RABBITMQ:-}${TDKT_TEST_POSTGRES:-}" ] && rig_docker_answers; then
    rig_log "a Docker engine answers: the tests start RabbitMQ and PostgreSQL with Testcontainers"
  else
    rig_start_postgres
    rig_start_rabbitmq
  fi
  rig_start_smtp
  rig_find_chromium
  rig_find_soffice
}

rig_stop() {
  local status=$?
  rig_stop_smtp
  if [ -n "${RIG_RABBIT_DIR:-}" ]; then
    rig_log "stopping RabbitMQ"
    "$RIG_RABBIT_DIR/control.sh" stop || true
    "$RIG_RABBIT_DIR/control.sh" kill-epmd || true
    rm -rf "$RIG_RABBIT_DIR"
  fi
  if [ -n "${RIG_PG_DIR:-}" ]; then
    rig_log "stopping PostgreSQL"
    "$RIG_PG_DIR/control.sh" stop || true
    rm -rf "$RIG_PG_DIR"
  fi
  return $status
}
