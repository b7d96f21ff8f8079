// The parts of autocannon's API the benchmark uses (the package ships no types).
declare module "autocannon" {
  namespace autocannon {
    type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
    type Options = {
      url: string;
      method?: string;
      headers?: Record<string, string>;
      body?: string;
      connections?: number;
      duration?: number;
      requests?: (Request & {
        setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
        onResponse?: (
          status: number,
          body: string,
          context: Record<string, unknown>,
          headers: Record<string, string | string[]>,
        ) => void;
      })[];
    };
    type Result = {
      requests: { total: number };
      latency: { p50: number; p99: number };
      errors: number;
      non2xx: number;
    };
    type Instance = PromiseLike<Result> & {
      on(event: "response", listener: (client: unknown, statusCode: number) => void): void;
    };
  }
  function autocannon(options: autocannon.Options): autocannon.Instance;
  export default autocannon;
}
