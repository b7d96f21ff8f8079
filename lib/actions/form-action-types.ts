import type { ActionResult, ActionState } from "./action-result";

/** What admin form actions return on success: a message to show, and sometimes a link to hand over (an invite). */
export type FormOk = { message?: string; link?: string };
export type FormResult = ActionResult<FormOk>;
export type FormState = ActionState<FormOk>;
