import path from "node:path";
import { defineConfig } from "prisma/config";

// The Prisma CLI downloads a native schema engine before generate/validate/format
// unless this points at an existing file. Machines with the real engine opt out
// with PRISMA_USE_NATIVE_ENGINE=1. `||=` because an empty value must not slip through.
if (process.env.PRISMA_USE_NATIVE_ENGINE !== "1") {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY ||= path.join(import.meta.dirname, "scripts/db/no-native-engine.sh");
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    // Only the CLI reads this; the app builds its own connection (lib/db).
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused",
  },
});
