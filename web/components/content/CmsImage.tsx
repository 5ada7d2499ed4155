import type { Media } from '@forum/shared';
import { getImageProps } from 'next/image';

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
 * A media-library image at the sizes next/image's optimizer makes, as a plain <img>: its props are
 * worked out where it renders (on the server, for most pages), so the browser gets no image
 * component to load and hydrate. Strapi's local uploads are served from our origin (/uploads is
 * rewritten to the CMS), so they are optimized like local images; an absolute URL (a cloud upload
 * provider) is shown as is.
 */
export function CmsImage({ media, sizes, className, alt, priority }: CmsImageProps) {
  const { props } = getImageProps({
    src: media.url,
    width: media.width ?? 800,
    height: media.height ?? 600,
    alt: alt ?? media.alternativeText ?? '',
    sizes,
    className,
    unoptimized: !media.url.startsWith('/'),
    priority,
  });
  return <img {...props} />;
}
