import type { ActionResult, ActionState } from "./action-result";

/** What admin form actions return on success: a message to show, sometimes a link to hand over (an invite) or a next step to offer. */
export type FormOk = { message?: string; link?: string; next?: { href: string; label: string } };
export type FormResult = ActionResult<FormOk>;
export type FormState = ActionState<FormOk>;
