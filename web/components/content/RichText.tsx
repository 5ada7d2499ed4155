import type { Blocks } from '@forum/shared';
import { BlocksRenderer, type BlocksContent } from '@strapi/blocks-react-renderer';
import styles from './RichText.module.css';

/** Strapi "blocks" rich text (a page body, a description), typeset for reading. */
export function RichText({ content, className }: { content: Blocks; className?: string }) {
  return (
    <div className={className ? `${styles.richText} ${className}` : styles.richText}>
      {/* Our generated Blocks type describes the same JSON as the renderer's own type. */}
      <BlocksRenderer content={content as unknown as BlocksContent} />
    </div>
  );
}
