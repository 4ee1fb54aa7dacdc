import { type NextRequest, NextResponse } from "next/server";
import { checkHost, checkToken, SESSION_COOKIE } from "@/lib/security/request-guard";

// Pages: Host check against DNS rebinding, and the login page when a token is set.
// API routes repeat every check in route() themselves, so /api is not matched here
// (a proxy would also buffer request bodies, which breaks large build uploads).

export function proxy(req: NextRequest) {
  const badHost = checkHost(req.headers);
  if (badHost) return new NextResponse(badHost.message, { status: 403 });
  if (req.nextUrl.pathname === "/login") return NextResponse.next();
  if (checkToken(req.headers, req.cookies.get(SESSION_COOKIE)?.value)) {
    const login = new URL("/login", req.url);
    login.searchParams.set("next", req.nextUrl.pathname);
    return NextResponse.redirect(login);
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
