import { buttonClass } from "@/components/ui/button-styles";
import { SiteLink } from "@/components/ui/site-link";
import { getPractice } from "@/lib/content";
import { STATIC_ROUTES } from "@/lib/seo/routes";
import { MobileMenu } from "./mobile-menu";
import { LogoMark } from "./logo-mark";

const headerRoutes = STATIC_ROUTES.filter((route) => route.inHeader);

export function SiteHeader() {
  const practice = getPractice();
  return (
    <header className="border-b border-sand-200 bg-paper">
      <div className="mx-auto flex max-w-page items-center justify-between gap-4 px-4 py-4 sm:px-6">
        <SiteLink href="/" className="flex items-center gap-3 text-sage-900 no-underline hover:text-sage-700">
          <LogoMark />
          {/* Two lines' height on phones whether or not the name wraps: it fits on one line in the fallback font
              and wrapped in the web font, so the page moved when that arrived (Lighthouse CLS 0.058, /candidacy). */}
          <span className="flex min-h-14 flex-col justify-center leading-tight sm:block sm:min-h-0">
            <span className="block font-serif text-lg font-semibold sm:text-xl">{practice.name}</span>
            {/* Phones leave this line too little room: it wrapped differently once the web font arrived, moving
                the whole page down (Lighthouse CLS 0.077). The page's own heading says what we offer. */}
            <span className="hidden text-sm text-ink-soft sm:block">{practice.serviceName}</span>
          </span>
        </SiteLink>
        <nav aria-label="Main" className="hidden lg:block">
          <ul className="flex items-center gap-1">
            {headerRoutes.map((route) => (
              <li key={route.path}>
                <SiteLink
                  href={route.path}
                  className={
                    route.path === "/contact"
                      ? `ml-2 ${buttonClass("primary", "compact")}`
                      : "rounded-md px-3 py-2 font-medium text-ink no-underline hover:bg-sand-100 hover:text-sage-900"
                  }
                >
                  {route.label}
                </SiteLink>
              </li>
            ))}
          </ul>
        </nav>
        <MobileMenu routes={headerRoutes} />
      </div>
    </header>
  );
}
