#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into an EMPTY database and object store. See docs/deploy.md.
#
#   scripts/restore.sh backups/koto-20261129T020000Z
#
# Reads the same environment as the app and backup.sh: KOTO_DATABASE_URL / _USERNAME / _PASSWORD (the target
# database must exist and be empty: create it first), KOTO_S3_ENDPOINT (+ keys; `mc` mirrors the buckets back)
# or KOTO_DATA_DIR (local store: objects are copied to $KOTO_DATA_DIR/objects). Stop the app instances first.
set -euo pipefail

source_dir=${1:?usage: $0 BACKUP_DIR}
[ -f "$source_dir/database.dump" ] || { echo "restore: $source_dir has no database.dump (not a complete backup)" >&2; exit 1; }
pg_bin=${KOTO_PG_BIN:+$KOTO_PG_BIN/}
url=${KOTO_DATABASE_URL:?set KOTO_DATABASE_URL (jdbc:postgresql://host:port/db) of the empty target database}
[[ $url =~ ^jdbc:postgresql://([^:/?]+)(:([0-9]+))?/([^?]+) ]] \
  || { echo "restore: cannot read KOTO_DATABASE_URL '$url'" >&2; exit 1; }
host=${BASH_REMATCH[1]} port=${BASH_REMATCH[3]:-5432} db=${BASH_REMATCH[4]}

PGPASSWORD=${KOTO_DATABASE_PASSWORD:-} "${pg_bin}pg_restore" --exit-on-error --no-owner --single-transaction \
  --host="$host" --port="$port" --username="${KOTO_DATABASE_USERNAME:-postgres}" --dbname="$db" \
  "$source_dir/database.dump"

if [ -n "${KOTO_S3_ENDPOINT:-}" ]; then
  command -v mc >/dev/null || { echo "restore: the MinIO client 'mc' is needed to restore S3 buckets" >&2; exit 1; }
  export MC_HOST_koto="${KOTO_S3_ENDPOINT/:\/\//://${KOTO_S3_ACCESS_KEY}:${KOTO_S3_SECRET_KEY}@}"
  for bucket in koto-audio koto-tts; do
    mc mb --ignore-existing "koto/$bucket"
    [ -d "$source_dir/objects/$bucket" ] && mc mirror --quiet "$source_dir/objects/$bucket" "koto/$bucket"
  done
else
  objects="${KOTO_DATA_DIR:-./data}/objects"
  mkdir -p "$objects"
  cp -a "$source_dir/objects/." "$objects/"
fi
echo "restore: $source_dir → $host:$port/$db and ${KOTO_S3_ENDPOINT:-$objects}"
