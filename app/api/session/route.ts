import { setTimeout as delay } from "node:timers/promises";
import { z } from "zod";
import { config } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { otherMethods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { SESSION_COOKIE, sameSecret, sessionValue } from "@/lib/security/request-guard";

export const dynamic = "force-dynamic";

// A wrong token is answered only after this pause, so that guessing is slow.
const WRONG_TOKEN_DELAY_MS = 400;

const body = z.object({ token: z.string().min(1, "token is required") });

/** POST /api/session: trades the Slipway token for an HttpOnly session cookie. */
export const POST = route({ body, public: true }, async ({ body: { token } }) => {
  const expected = config().token;
  if (!expected) return json({ ok: true, required: false });
  if (!sameSecret(token, expected)) {
    await delay(WRONG_TOKEN_DELAY_MS);
    throw new AppError("unauthorized", "That token is not the one Slipway was started with");
  }
  const cookie = `${SESSION_COOKIE}=${sessionValue(expected)}; Path=/; HttpOnly; SameSite=Strict`;
  return json({ ok: true, required: true }, 200, { "Set-Cookie": cookie });
});

export const { GET, PUT, PATCH, DELETE, HEAD } = otherMethods("POST");
