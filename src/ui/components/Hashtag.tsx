/** Where a hashtag's words meet: before a capital after a small letter or digit, and before digits. */
const wordStart = /(?<=[\p{Ll}\p{N}])(?=\p{Lu})|(?<=\p{L})(?=\p{N})/u;

/**
 * A hashtag with a chance to break between its words, so #BarbadosIndependenceDay wraps as
 * "#BarbadosIndependence-Day" would, at a word, rather than wherever the line ends.
 */
export function Hashtag({ tag }: { tag: string }) {
  const words = tag.split(wordStart);
  return <>{words.flatMap((word, index) => (index === 0 ? [word] : [<wbr key={index} />, word]))}</>;
}

/**
 * Text with every hashtag in it kept whole on its line when it fits (moved to the next line rather
 * than split, its trailing punctuation with it), and broken between its words when it does not.
 */
export function TextWithHashtags({ text }: { text: string }) {
  const parts = text.split(/(#[\p{L}\p{N}_]+[.,:;!?)»]*)/u);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 ? (
          <span key={index} class="hashtag-word">
            <Hashtag tag={part} />
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
