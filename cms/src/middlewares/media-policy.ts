// Uploaded files are shown, never run: whatever a file turns out to be, a browser opening it (here or
// through the portal, which serves /uploads from this server) runs no script and loads nothing else.
const mediaContentSecurityPolicy = "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'";

interface Context {
  path: string;
  set: (header: string, value: string) => void;
}

export default () => async (ctx: Context, next: () => Promise<void>) => {
  await next();
  if (ctx.path.startsWith('/uploads/')) ctx.set('Content-Security-Policy', mediaContentSecurityPolicy);
};
