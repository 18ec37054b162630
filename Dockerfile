# minutes-search: the API, the page and the indexer in one image.
# Build stage compiles the native modules (better-sqlite3, hnswlib-node), the page and the TypeScript (tsc to dist/);
# the runtime stage carries the compiled JavaScript and production dependencies only, runs it with plain Node
# (no TypeScript at run time) as the unprivileged `node` user.

FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
# npm 11 runs only the install scripts listed in package.json "allowScripts" (the two native modules).
RUN npm install -g npm@11.19.1
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY . .
# The page, when the client is present; an empty client/dist means the server serves only the API.
RUN if [ -f client/vite.config.mts ]; then npx vite build --config client/vite.config.mts; fi && mkdir -p client/dist
# The server, the indexer and their worker threads, compiled once to dist/.
RUN npm run build:server
RUN npm prune --omit=dev --no-audit --no-fund
# onnxruntime-node ships its native library for every platform; the image is Linux (220 MB less).
RUN rm -rf node_modules/onnxruntime-node/bin/napi-v*/darwin node_modules/onnxruntime-node/bin/napi-v*/win32

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data \
    CORPUS_DIR=/app/corpus
COPY --from=build /app/package.json /app/.npmrc ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/corpus ./corpus
COPY --from=build /app/client/dist ./client/dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# /api/health answers 200 while the server is up (status "degraded" when a backend is missing).
HEALTHCHECK --interval=30s --timeout=5s --start-period=300s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--enable-source-maps", "dist/server/main.js"]
