import type { Core } from '@strapi/strapi';

/**
 * Node closes an idle keep-alive connection after 5 s, so a client (a load balancer, the portal's
 * fetch pool, a test's request context) that sends on it at that moment gets "socket hang up".
 * Idle connections stay open longer than the usual proxy idle timeout (60 s) instead.
 */
export function keepIdleConnectionsOpen(strapi: Core.Strapi) {
  const { httpServer } = strapi.server;
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
}
