// The address a request to next-auth's email sign-in endpoint asks a link for, read exactly as next-auth
// reads it, so the rate limit counts the address the link actually goes to. next-auth takes a urlencoded
// form with Object.fromEntries (the last of several `email` fields wins) and a JSON body as is; we accept
// the form only, with exactly one `email` field, and refuse everything else with a clear 4xx.
type SignInEmailRequest = { ok: true; email: string } | { ok: false; status: 400 | 415; message: string };

export async function readSignInEmail(request: Request): Promise<SignInEmailRequest> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.includes("application/x-www-form-urlencoded")) {
    return { ok: false, status: 415, message: "Send the sign-in form as application/x-www-form-urlencoded." };
  }
  const fields = new URLSearchParams(await request.clone().text());
  const emails = fields.getAll("email");
  if (emails.length !== 1) return { ok: false, status: 400, message: "Send exactly one email field." };
  return { ok: true, email: emails[0]!.trim().toLowerCase() };
}
