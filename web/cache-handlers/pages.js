// The pages' cache (prerendered pages and route answers) when REDIS_URL is set (next.config.ts):
// the library's Redis handler, one store for every portal instance on that Redis. One exception:
// the fallback shell of a route with a [slug] is built once, holds no content and is never
// revalidated, and Next cannot render it again at run time; when Redis lacks it, it is read from the
// build's own files by Next's file-system cache.
const RedisPageCache = require('@trieb.work/nextjs-turbo-redis-cache').default;
const BuildFiles = require('next/dist/server/lib/incremental-cache/file-system-cache').default;

module.exports = class SharedPageCache {
  constructor(options) {
    this.redis = new RedisPageCache(options);
    this.buildFiles = new BuildFiles({ ...options, flushToDisk: false });
  }

  async get(key, context) {
    const entry = await this.redis.get(key, context);
    if (entry || !context?.isFallback) return entry;
    return this.buildFiles.get(key, context);
  }

  set(...args) {
    return this.redis.set(...args);
  }

  revalidateTag(...args) {
    return this.redis.revalidateTag(...args);
  }

  resetRequestCache() {
    this.redis.resetRequestCache();
  }
};
