import { ImageResponse } from "next/og";
import { palette } from "@/lib/palette";
import { SHARE_IMAGE_SIZE, shareImageFonts } from "@/lib/seo/share-image-fonts";

/** The 1200 × 630 card people see when a page is shared: a calm brand background, the title, the practice. */
export async function shareCard({ eyebrow, title, footer }: { eyebrow: string; title: string; footer: string }) {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        background: palette.sand[100],
        fontFamily: "Inter",
        position: "relative",
      }}
    >
      <div
        style={{
          position: "absolute",
          right: -120,
          bottom: -160,
          width: 620,
          height: 620,
          borderRadius: 620,
          background: palette.sage[100],
          display: "flex",
        }}
      />
      <div
        style={{
          position: "absolute",
          right: 120,
          top: 80,
          width: 120,
          height: 120,
          borderRadius: 120,
          background: palette.clay[700],
          opacity: 0.75,
          display: "flex",
        }}
      />
      <div style={{ display: "flex", fontSize: 30, color: palette.sage[700], letterSpacing: 1 }}>{eyebrow}</div>
      <div
        style={{
          display: "flex",
          fontFamily: "Source Serif 4",
          fontSize: title.length > 60 ? 60 : 72,
          lineHeight: 1.15,
          color: palette.sage[900],
          maxWidth: 900,
        }}
      >
        {title}
      </div>
      <div style={{ display: "flex", alignItems: "center", fontSize: 30, color: palette.ink.DEFAULT }}>
        <div
          style={{
            width: 18,
            height: 18,
            borderRadius: 18,
            background: palette.sage[600],
            marginRight: 16,
            display: "flex",
          }}
        />
        {footer}
      </div>
    </div>,
    { ...SHARE_IMAGE_SIZE, fonts: await shareImageFonts() },
  );
}
