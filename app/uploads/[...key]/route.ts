// Serves uploaded images (tutorial pictures, logos). Keys are random and unguessable, and images are
// shown in customers' tutorials and in emails, so they are public like any CDN asset.
import { fileStorage } from "@/server/platform";
import { uploadedFilePolicy } from "@/server/security/content-security-policy";

export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const { key } = await params;
  const file = await fileStorage().get(key.join("/"));
  if (!file) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": file.contentType,
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": uploadedFilePolicy,
    },
  });
}
