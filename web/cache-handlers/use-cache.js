// The 'use cache' store when REDIS_URL is set (next.config.ts): the library's Cache Components
// handler, one store for every portal instance on that Redis.
module.exports = require('@trieb.work/nextjs-turbo-redis-cache').redisCacheHandler;
