type FigureProps = { src: string; alt: string; caption?: string; width: number; height: number };

/**
 * An image with required alt text and an optional caption; only files from public/ (no remote images).
 * A plain <img>, not next/image: our illustrations are small static SVGs, and next/image would add its
 * client script (about 5.6 KB gzip) to every article page whether or not it shows a figure.
 */
export function Figure({ src, alt, caption, width, height }: FigureProps) {
  if (!src.startsWith("/"))
    throw new Error(`<Figure src="${src}">: images must be files in public/, written as /illustrations/name.svg`);
  return (
    <figure className="my-8">
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={src}
        alt={alt}
        width={width}
        height={height}
        loading="lazy"
        decoding="async"
        className="h-auto w-full rounded-lg"
      />
      {caption && <figcaption className="mt-2 text-sm text-ink-soft">{caption}</figcaption>}
    </figure>
  );
}
