import type { Media } from '@forum/shared';
import Image from 'next/image';

interface CmsImageProps {
  /** A media-library file, or an image placed in rich text (which carries the same fields). */
  media: Pick<Media, 'url' | 'width' | 'height'> & { alternativeText?: string | null };
  /** The image's width on screen, for the browser to pick a size (next/image `sizes`). */
  sizes: string;
  className?: string;
  /** Empty for a decorative image (the text next to it says the same). */
  alt?: string;
  priority?: boolean;
}

/**
 * A media-library image through next/image. Strapi's local uploads are served from our origin
 * (/uploads is rewritten to the CMS), so they are optimized like local images; an absolute URL
 * (a cloud upload provider) is shown as is.
 */
export function CmsImage({ media, sizes, className, alt, priority }: CmsImageProps) {
  const isLocal = media.url.startsWith('/');
  return (
    <Image
      src={media.url}
      width={media.width ?? 800}
      height={media.height ?? 600}
      alt={alt ?? media.alternativeText ?? ''}
      sizes={sizes}
      className={className}
      unoptimized={!isLocal}
      priority={priority}
    />
  );
}
