/** A bare document for the benchmark's page: no campaign layout, fonts or scripts of its own. */
export default function BenchLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
