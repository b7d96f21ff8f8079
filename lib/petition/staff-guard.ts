/**
 * Staff library functions take the caller's authorisation check and run it first,
 * so none of them can be called by a route that forgot to check the session
 * (the admin area passes its `requireStaff`).
 */
export type StaffGuard = () => Promise<unknown>;
