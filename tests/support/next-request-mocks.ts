/**
 * What server actions read from Next (cookies, headers) and the control flow they
 * use (redirect, notFound), replaced so integration tests can call actions directly.
 * Use with vi.mock in the test file (vi.mock must be written there to be hoisted).
 */
export class RedirectSignal extends Error {
  constructor(public readonly url: string) {
    super(`redirect:${url}`);
  }
}

export class NotFoundSignal extends Error {
  constructor() {
    super("not-found");
  }
}

export const requestState = {
  cookies: new Map<string, string>(),
  headers: new Headers(),
};

export const headersModule = {
  cookies: async () => ({
    get: (name: string) =>
      requestState.cookies.has(name) ? { name, value: requestState.cookies.get(name)! } : undefined,
    getAll: () => [...requestState.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => requestState.cookies.has(name),
    set: (name: string | { name: string; value: string }, value?: string) => {
      if (typeof name === "string") requestState.cookies.set(name, value ?? "");
      else requestState.cookies.set(name.name, name.value);
    },
    delete: (name: string | { name: string }) =>
      requestState.cookies.delete(typeof name === "string" ? name : name.name),
  }),
  headers: async () => requestState.headers,
};

export const navigationModule = {
  redirect: (url: string) => {
    throw new RedirectSignal(url);
  },
  notFound: () => {
    throw new NotFoundSignal();
  },
};

export const cacheModule = { revalidatePath: () => {}, revalidateTag: () => {} };
