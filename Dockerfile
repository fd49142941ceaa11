# One image for the five services and the gateway; SERVICE picks which one runs.
#   docker build --build-arg SERVICE=intake -t relais-intake .
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ARG SERVICE
ENV NODE_ENV=production HOST=0.0.0.0 SERVICE=${SERVICE}
WORKDIR /app
COPY --from=build /app/package.json /app/nx.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# Mount points of the named volumes (docker-compose.yml), so they start out owned by node.
RUN mkdir -p /keys /vault-keys /audit-anchors && chown node:node /keys /vault-keys /audit-anchors
USER node
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=6 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+(process.env.SERVICE==='gateway'?'/gateway/health':'/health/ready')).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["sh", "-c", "exec node dist/apps/${SERVICE}/src/main.js"]
