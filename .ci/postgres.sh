#!/usr/bin/env bash
# Installs and starts a local PostgreSQL for the storage tests (idempotent; run as root).
# Prints one line, `export MOOCBOT_TEST_POSTGRES='...'`, for the caller to evaluate:
#   eval "$(bash .ci/postgres.sh)"
# Everything else goes to standard error.
set -euo pipefail
exec 3>&1 1>&2

# Runs a command that may leave a server running with no descriptor of ours but its own
# standard streams: a server holding a pipe of the caller's ("$(bash .ci/postgres.sh)", or
# CI's log reader) would keep that caller waiting for ever.
detached() {
  (
    for fd in /proc/self/fd/*; do
      fd=${fd##*/}
      if [ "$fd" -gt 2 ]; then eval "exec $fd>&-"; fi
    done
    exec "$@"
  )
}

password=postgres
database=moocbot_test

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  # Installing may start the server too.
  apt_log=$(mktemp)
  if ! { detached apt-get update -qq && detached apt-get install -y -qq postgresql; } </dev/null >"$apt_log" 2>&1; then
    tail -n 40 "$apt_log"
    exit 1
  fi
  rm -f "$apt_log"
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
  detached pg_createcluster "$version" main </dev/null >/dev/null
fi

if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
  start_log=$(mktemp)
  if ! detached pg_ctlcluster "$version" main start </dev/null >"$start_log" 2>&1; then
    cat "$start_log"
    exit 1
  fi
  cat "$start_log"
  rm -f "$start_log"
fi

port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')

for _ in $(seq 1 30); do
  if su postgres -c "psql -p $port -qAtc 'select 1'" >/dev/null 2>&1; then
    break
  fi
  sleep 1
done

su postgres -c "psql -p $port -qc \"ALTER USER postgres PASSWORD '$password'\"" >/dev/null
if ! su postgres -c "psql -p $port -qAtc \"SELECT 1 FROM pg_database WHERE datname = '$database'\"" | grep -q 1; then
  su postgres -c "createdb -p $port $database"
fi

connection="Host=127.0.0.1;Port=$port;Username=postgres;Password=$password;Database=$database"
echo "PostgreSQL $version is running on port $port; database $database is ready."
echo "export MOOCBOT_TEST_POSTGRES='$connection'" >&3
