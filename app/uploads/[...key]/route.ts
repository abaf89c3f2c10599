// Serves uploaded images (tutorial pictures, logos). Keys are random and unguessable, and images are
// shown in customers' tutorials and in emails, so they are public like any CDN asset.
import { fileStorage } from "@/server/platform";
import { uploadedFilePolicy } from "@/server/security/content-security-policy";

export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const { key } = await params;
  const file = await fileStorage().open(key.join("/"));
  if (!file) return new Response("Not found", { status: 404 });
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      ...(file.size !== undefined ? { "Content-Length": String(file.size) } : {}),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": uploadedFilePolicy,
    },
  });
}
