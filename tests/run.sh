#!/usr/bin/env bash
# Runs every test of the platform against real servers: a RabbitMQ broker and a PostgreSQL 15
# server started here as plain processes in temporary folders on free loopback ports, stopped at
# the end even when tests fail. Set TDKT_TEST_RABBITMQ (amqp://…) and TDKT_TEST_POSTGRES (an Npgsql
# connection string to a user that may create databases) to use servers of your own instead,
# e.g. after `docker compose up -d rabbitmq postgres`. Where a Docker engine answers and neither is set, no server
# is started here: the test fixtures start RabbitMQ and PostgreSQL with Testcontainers (tests/Tdkt.Testing). The fault
# drills that stop the broker or the database need servers this script started (TDKT_TEST_BROKER_CONTROL,
# TDKT_TEST_POSTGRES_CONTROL): elsewhere they are skipped, with the reason.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=rig/servers.sh
source "$root/tests/rig/servers.sh"
trap rig_stop EXIT
rig_start
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build "$root/Tdkt.slnx" -nologo -clp:ErrorsOnly
# One test project at a time (-m:1): one of them stops and restarts the shared broker. A test that
# hangs fails the run after 15 minutes with its name, instead of using up the CI time.
dotnet test "$root/Tdkt.slnx" --no-build -nologo -m:1 --blame-hang-timeout 15m --blame-hang-dump-type none "$@"
