// Turns a YouTube, Vimeo or Loom page URL into that service's embed URL; anything else gives null.
const patterns: { test: RegExp; embed: (id: string) => string }[] = [
  {
    test: /^https:\/\/(?:www\.)?youtube\.com\/watch\?(?:.*&)?v=([\w-]{6,20})/,
    embed: (id) => `https://www.youtube-nocookie.com/embed/${id}`,
  },
  { test: /^https:\/\/youtu\.be\/([\w-]{6,20})/, embed: (id) => `https://www.youtube-nocookie.com/embed/${id}` },
  { test: /^https:\/\/(?:www\.)?vimeo\.com\/(\d{4,12})/, embed: (id) => `https://player.vimeo.com/video/${id}` },
  { test: /^https:\/\/(?:www\.)?loom\.com\/share\/([0-9a-f]{16,40})/, embed: (id) => `https://www.loom.com/embed/${id}` },
];

const embedPrefixes = [
  "https://www.youtube-nocookie.com/embed/",
  "https://player.vimeo.com/video/",
  "https://www.loom.com/embed/",
];

export function videoEmbedUrl(url: string, options: { alreadyEmbed?: boolean } = {}): string | null {
  if (options.alreadyEmbed) {
    return embedPrefixes.some((prefix) => url.startsWith(prefix) && /^[\w-]+$/.test(url.slice(prefix.length))) ? url : null;
  }
  for (const pattern of patterns) {
    const id = pattern.test.exec(url)?.[1];
    if (id) return pattern.embed(id);
  }
  return null;
}
