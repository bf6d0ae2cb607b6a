import { ReferenceList } from '@/citations/ReferenceList';
import { ArticleText } from './ArticleText';
import { InjectionFigure } from './InjectionFigure';
import { KeyMessage } from './KeyMessage';
import type { Block } from './articleModel';

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <p>
          <ArticleText textKey={block.key} link={block.link} />
        </p>
      );
    case 'figure':
      return <InjectionFigure altKey={block.altKey} captionKey={block.captionKey} />;
    case 'keyMessage':
      return <KeyMessage textKey={block.key} />;
    case 'referenceList':
      return <ReferenceList />;
    default:
      return block satisfies never;
  }
}

export function SectionBody({ blocks }: { blocks: readonly Block[] }) {
  return blocks.map((block, index) => <BlockView key={index} block={block} />);
}
