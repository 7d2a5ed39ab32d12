#!/usr/bin/env bash
# Backs up Korean Together: the database (pg_dump, custom format) and the object store (learner and tutor
# audio), into one timestamped directory; keeps the newest KOTO_BACKUP_KEEP backups. See docs/deploy.md.
#
#   scripts/backup.sh                      # reads the same environment as the app (docs/configuration.md)
#
# Database: KOTO_DATABASE_URL (jdbc:postgresql://host:port/db), KOTO_DATABASE_USERNAME (default postgres),
#   KOTO_DATABASE_PASSWORD; pg_dump from PATH or KOTO_PG_BIN (a client ≥ the server's major version).
# Object store: with KOTO_S3_ENDPOINT (+ KOTO_S3_ACCESS_KEY, KOTO_S3_SECRET_KEY) the buckets koto-audio and
#   koto-tts are mirrored with the MinIO client `mc`; otherwise the local store $KOTO_DATA_DIR/objects is copied.
# Output: $KOTO_BACKUP_DIR (default ./backups)/koto-<UTC time>/{database.dump, objects/<bucket>/…, backup.txt}
# Retention: KOTO_BACKUP_KEEP (default 7) newest backups are kept, older ones deleted.
set -euo pipefail

backup_dir=${KOTO_BACKUP_DIR:-./backups}
keep=${KOTO_BACKUP_KEEP:-7}
pg_bin=${KOTO_PG_BIN:+$KOTO_PG_BIN/}
url=${KOTO_DATABASE_URL:?set KOTO_DATABASE_URL (jdbc:postgresql://host:port/db); the embedded database: stop the app and copy \$KOTO_DATA_DIR}
[[ $url =~ ^jdbc:postgresql://([^:/?]+)(:([0-9]+))?/([^?]+) ]] \
  || { echo "backup: cannot read KOTO_DATABASE_URL '$url' (expected jdbc:postgresql://host[:port]/db)" >&2; exit 1; }
host=${BASH_REMATCH[1]} port=${BASH_REMATCH[3]:-5432} db=${BASH_REMATCH[4]}
[[ $keep =~ ^[1-9][0-9]*$ ]] || { echo "backup: KOTO_BACKUP_KEEP must be a positive number" >&2; exit 1; }

stamp=$(date -u +%Y%m%dT%H%M%SZ)
target="$backup_dir/koto-$stamp"
partial="$target.partial"
mkdir -p "$partial"

# database: one consistent snapshot (pg_dump runs in a single repeatable-read transaction)
PGPASSWORD=${KOTO_DATABASE_PASSWORD:-} "${pg_bin}pg_dump" --format=custom --no-owner \
  --host="$host" --port="$port" --username="${KOTO_DATABASE_USERNAME:-postgres}" --dbname="$db" \
  --file="$partial/database.dump"

# object store: every object of both buckets (content-addressed tutor audio and learner recordings)
if [ -n "${KOTO_S3_ENDPOINT:-}" ]; then
  command -v mc >/dev/null || { echo "backup: the MinIO client 'mc' is needed to mirror S3 buckets" >&2; exit 1; }
  export MC_HOST_koto="${KOTO_S3_ENDPOINT/:\/\//://${KOTO_S3_ACCESS_KEY}:${KOTO_S3_SECRET_KEY}@}"
  for bucket in koto-audio koto-tts; do
    mc mirror --quiet "koto/$bucket" "$partial/objects/$bucket"
  done
else
  objects="${KOTO_DATA_DIR:-./data}/objects"
  mkdir -p "$partial/objects"
  [ -d "$objects" ] && cp -a "$objects/." "$partial/objects/"
fi

{
  echo "created: $stamp"
  echo "database: $host:$port/$db"
  echo "store: ${KOTO_S3_ENDPOINT:-${KOTO_DATA_DIR:-./data}/objects}"
  echo "objects: $(find "$partial/objects" -type f | wc -l)"
} >"$partial/backup.txt"
mv "$partial" "$target"   # a backup directory without .partial is complete

# retention: newest $keep complete backups stay
ls -1d "$backup_dir"/koto-*Z 2>/dev/null | sort | head -n -"$keep" | xargs -r rm -rf
echo "backup: $target ($(du -sh "$target" | cut -f1))"
