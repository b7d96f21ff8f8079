-- CreateTable
CREATE TABLE "next_cache_entries" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "tags" TEXT[],
    "last_modified" BIGINT NOT NULL,

    CONSTRAINT "next_cache_entries_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "next_cache_tags" (
    "tag" TEXT NOT NULL,
    "revalidated_at" BIGINT NOT NULL,

    CONSTRAINT "next_cache_tags_pkey" PRIMARY KEY ("tag")
);
