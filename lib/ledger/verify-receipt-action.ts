"use server";
import { headers } from "next/headers";
import { failed, invalid, ok, type ActionResult } from "@/lib/actions/action-result";
import { env } from "@/lib/config/env";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { errorField, logger } from "@/lib/log/logger";
import { findReceipt, type ReceiptCheck } from "./find-receipt";

export type VerifyResult = Exclude<ReceiptCheck, { status: "invalid" }>;

/**
 * The /petition/verify form (a POST, so the receipt is never in a URL or a log line).
 * Works without JavaScript: the page re-renders with the result.
 */
export async function verifyReceiptAction(_previous: unknown, formData: FormData): Promise<ActionResult<VerifyResult>> {
  if (!isSameOriginRequest(await headers(), env().APP_URL)) return failed("forbidden");
  const receipt = String(formData.get("receipt") ?? "").slice(0, 200);
  try {
    const check = await findReceipt(receipt);
    if (check.status === "invalid") return invalid({ receipt: ["receiptInvalid"] }, { values: { receipt } });
    return ok(check);
  } catch (error) {
    logger().error({ err: errorField(error) }, "receipt check failed");
    return failed("unavailable");
  }
}
