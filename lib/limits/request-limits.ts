// Limits on what one request to /api/trpc may carry. The largest legitimate body is an image upload
// (5 MB, about 6.7 MB as base64); batches are what the browser's batch link sends at most.
export const maxTrpcBodyBytes = 7 * 1024 * 1024;
export const maxTrpcBatchSize = 20;
