#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded on
# offline machines. Its only job is to exist so the Prisma CLI skips the download.
# See docs/decisions/001-offline-migrations.md.
echo "The native Prisma schema engine is not available here. Use npm run db:new / db:migrate / db:check." >&2
exit 1
