import { textKey, type Block } from '@/collection/article';
import { blockTextKeys } from '@/collection/blockTextKeys';
import { ReferenceList } from '@/citations/ReferenceList';
import { ArticleText } from './ArticleText';
import { Figure } from './Figure';
import { KeyMessage } from './KeyMessage';
import { OutdatedTranslation } from './OutdatedTranslation';

function BlockView({ sectionId, block }: { sectionId: string | null; block: Block }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <ArticleText textKey={textKey(sectionId, block.text)} link={block.link} />
        </p>
      );
    case 'figure':
      return <Figure source={block} altKey={textKey(sectionId, block.alt)} captionKey={textKey(sectionId, block.caption)} />;
    case 'keyMessage':
      return <KeyMessage textKey={textKey(sectionId, block.text)} />;
    case 'referenceList':
      return <ReferenceList />;
    default:
      return block satisfies never;
  }
}

/** A run of blocks, as the article's content folder lists them. */
export function Blocks({ sectionId, blocks }: { sectionId: string | null; blocks: readonly Block[] }) {
  return blocks.map((block, index) => (
    <OutdatedTranslation key={index} textKeys={blockTextKeys(sectionId, block)} sectionId={sectionId}>
      <BlockView sectionId={sectionId} block={block} />
    </OutdatedTranslation>
  ));
}
