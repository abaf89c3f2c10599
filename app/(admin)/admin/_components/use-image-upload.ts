"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc-provider";

export const ACCEPTED_IMAGE_TYPES = "image/png,image/jpeg,image/gif,image/webp";
const MAX_BYTES = 5 * 1024 * 1024;

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(new Error("Could not read the file."));
    reader.readAsDataURL(file);
  });
}

// Uploads an image through the storage interface; the size is checked here too so a big file fails fast.
export function useImageUpload() {
  const trpc = useTRPC();
  const upload = useMutation(trpc.settings.uploadImage.mutationOptions());
  async function uploadFile(file: File): Promise<string> {
    if (file.size > MAX_BYTES) throw new Error("Images can be at most 5 MB");
    if (!ACCEPTED_IMAGE_TYPES.split(",").includes(file.type)) throw new Error("Upload a PNG, JPEG, GIF or WebP image");
    const result = await upload.mutateAsync({
      fileName: file.name,
      contentType: file.type,
      dataBase64: await readAsBase64(file),
    });
    return result.url;
  }
  return { uploadFile, isUploading: upload.isPending };
}
