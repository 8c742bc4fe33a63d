import { OfficeAddress } from "@/components/locations/office-address";
import { SiteLink } from "@/components/ui/site-link";
import { getOffices, getPractice } from "@/lib/content";
import { PracticePhoneEmail } from "@/components/site/practice-phone-email";
import { officePath, STATIC_ROUTES } from "@/lib/seo/routes";
import { CrisisNotice } from "./crisis-notice";

export function SiteFooter() {
  const practice = getPractice();
  const offices = getOffices();
  return (
    <footer className="mt-20 border-t border-sand-200 bg-sand-100">
      <div className="mx-auto grid max-w-page gap-10 px-4 py-12 sm:px-6 md:grid-cols-3">
        <section aria-labelledby="footer-practice">
          <h2 id="footer-practice" className="text-lg font-semibold">
            {practice.name}
          </h2>
          <p className="mt-2 text-ink-soft">{practice.serviceName} in Los Angeles.</p>
          <PracticePhoneEmail className="mt-3" />
        </section>
        <section aria-labelledby="footer-offices">
          <h2 id="footer-offices" className="text-lg font-semibold">
            Offices
          </h2>
          <ul className="mt-2 space-y-4">
            {offices.map((office) => (
              <li key={office.slug}>
                <SiteLink href={officePath(office.slug)} className="font-semibold">
                  {office.name}
                </SiteLink>
                <OfficeAddress office={office} className="not-italic text-ink-soft" />
              </li>
            ))}
          </ul>
        </section>
        <nav aria-label="Footer">
          <h2 className="text-lg font-semibold">Pages</h2>
          <ul className="mt-2 grid grid-cols-2 gap-x-4 gap-y-2 md:grid-cols-1">
            {STATIC_ROUTES.map((route) => (
              <li key={route.path}>
                <SiteLink href={route.path}>{route.label}</SiteLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="mx-auto max-w-page px-4 pb-10 sm:px-6">
        <CrisisNotice label="Crisis support, end of page" />
        <p className="mt-6 text-sm text-ink-soft">
          This website gives general information, not medical advice. It sets no cookies and uses no trackers.
        </p>
      </div>
    </footer>
  );
}
