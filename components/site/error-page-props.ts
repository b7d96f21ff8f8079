/** What Next passes to error.tsx and global-error.tsx (`retry` refreshes server data, then renders again). */
export type ErrorPageProps = { error: Error & { digest?: string }; retry: () => void };
