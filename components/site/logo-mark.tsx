import { palette } from "@/lib/palette";

/** A simple mark: two leaves meeting, drawn inline so it costs no request. */
export function LogoMark({ size = 40 }: { size?: number }) {
  return (
    <svg aria-hidden="true" width={size} height={size} viewBox="0 0 40 40" className="shrink-0">
      <circle cx="20" cy="20" r="20" fill={palette.sage[100]} />
      <path d="M20 31c-6-3-9-8-8-15 5 1 8 5 8 15Z" fill={palette.sage[600]} />
      <path d="M20 31c6-3 9-8 8-15-5 1-8 5-8 15Z" fill={palette.clay[700]} opacity="0.85" />
      <path d="M20 31V14" stroke={palette.sage[900]} strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}
