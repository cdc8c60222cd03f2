#!/usr/bin/env bash
# Installs and starts a local PostgreSQL for the storage tests (idempotent; run as root).
# Prints one line, `export MOOCBOT_TEST_POSTGRES='...'`, for the caller to evaluate:
#   eval "$(bash .ci/postgres.sh)"
# Everything else goes to standard error.
set -euo pipefail
exec 3>&1 1>&2

password=postgres
database=moocbot_test

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
  pg_createcluster "$version" main >/dev/null
fi

if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster "$version" main start
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
