import { contextCookie, resolveContext } from "@/lib/aws/context";
import { awsChoice } from "@/lib/aws/names";
import { checkProfileExists } from "@/lib/aws/profiles";
import { otherMethods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** POST /api/aws/context: keeps this browser's profile and region in a cookie. */
export const POST = route({ body: awsChoice }, async ({ body }) => {
  if (body.profile) await checkProfileExists(body.profile);
  const context = await resolveContext(body, {});
  return json({ current: context }, 200, { "Set-Cookie": contextCookie(body) });
});

export const { GET, PUT, PATCH, DELETE, HEAD } = otherMethods("POST");
