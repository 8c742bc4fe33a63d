import { palette } from "@/lib/palette";

/** Three soft shapes for preparation, medicine session and integration: decorative, so hidden from screen readers. */
export function PhasesIllustration() {
  return (
    <svg aria-hidden="true" viewBox="0 0 480 320" className="h-auto w-full max-w-md">
      <rect width="480" height="320" rx="28" fill={palette.sand[100]} />
      <path d="M0 230C90 200 150 260 240 236S390 170 480 200V320H0Z" fill={palette.sage[100]} />
      <path d="M0 262C110 240 170 292 260 272S400 230 480 246V320H0Z" fill={palette.sage[600]} opacity=".35" />
      <circle cx="360" cy="92" r="46" fill={palette.clay[100]} />
      <circle cx="360" cy="92" r="30" fill={palette.clay[700]} opacity=".75" />
      <g fill="none" stroke={palette.sage[900]} strokeWidth="3" strokeLinecap="round">
        <path d="M90 210c10-40 30-66 60-78" />
        <path d="M200 196c14-46 38-74 72-86" />
        <path d="M300 206c18-34 42-54 74-60" />
      </g>
      <g fill={palette.sage[700]}>
        <circle cx="150" cy="132" r="12" />
        <circle cx="272" cy="110" r="12" />
        <circle cx="374" cy="146" r="12" />
      </g>
    </svg>
  );
}
