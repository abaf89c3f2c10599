# syntax=docker/dockerfile:1
# Onward's production image: one image for the web app, the worker and the migration step (compose.yml
# starts each with its own command). tests/production/clean-copy.test.ts runs these same steps outside
# Docker in CI; keep the two in step.
ARG NODE_VERSION=22.23.3

FROM node:${NODE_VERSION}-bookworm-slim AS base
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 CI=true

# 1. Build: every dependency (the build needs TypeScript, Tailwind and PostCSS), then `npm run build`,
#    which writes the standalone server to .next/standalone (next.config.ts: output "standalone").
FROM base AS build
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY scripts ./scripts
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# 2. Production dependencies only, for the worker and the migration step (no test or benchmark tools).
FROM base AS production-dependencies
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY scripts ./scripts
RUN npm ci --omit=dev --no-audit --no-fund

# 3. The image: the standalone web server in web/, the worker's and migrator's sources next to their
#    production node_modules, all owned by root and run as the unprivileged `node` user.
FROM base AS runtime
ENV NODE_ENV=production PORT=3000 HOSTNAME=0.0.0.0 STORAGE_LOCAL_DIR=/data/uploads
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY --from=production-dependencies /app/server/generated ./server/generated
COPY package.json tsconfig.json ./
COPY lib ./lib
COPY prisma ./prisma
COPY scripts ./scripts
COPY server ./server
COPY --from=build /app/.next/standalone ./web
RUN mkdir -p /data/uploads && chown node:node /data/uploads
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# The web app. The worker runs `node_modules/.bin/tsx scripts/worker.ts`, the migration `npm run db:migrate`.
CMD ["node", "web/server.js"]
