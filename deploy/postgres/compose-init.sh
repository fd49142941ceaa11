#!/bin/bash
# docker-compose's Postgres runs this once, when its volume is new (docker-entrypoint-initdb.d).
# Demonstration passwords only: a real deployment takes them from its secret store.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v owner_password=relais-owner -v intake_password=relais-intake -v referral_password=relais-referral \
  -v prosecution_password=relais-prosecution -v notifications_password=relais-notifications \
  -v statistics_password=relais-statistics -f /relais/create-roles.sql
