import type { StaticRoute } from "@/lib/seo/routes";
import { buttonClass } from "@/components/ui/button-styles";

/**
 * A native modal <dialog> opened by Invoker Commands: the browser traps focus inside, closes on Escape
 * and returns focus to the Menu button, with no JavaScript of ours. Where a browser lacks invoker
 * commands, the footer repeats every link. Plain <a> links, not next/link: a client-side navigation would
 * keep the root layout, and with it this dialog, open over the new page.
 */
export function MobileMenu({ routes }: { routes: readonly StaticRoute[] }) {
  return (
    <div className="lg:hidden">
      <button
        type="button"
        command="show-modal"
        commandfor="site-menu"
        aria-haspopup="dialog"
        className={`${buttonClass("secondary", "compact")} gap-2`}
      >
        <svg
          aria-hidden="true"
          width="20"
          height="20"
          viewBox="0 0 20 20"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        >
          <path d="M3 5h14M3 10h14M3 15h14" />
        </svg>
        Menu
      </button>
      <dialog
        id="site-menu"
        aria-label="Menu"
        className="site-menu m-0 ml-auto h-dvh max-h-none w-[min(22rem,100vw)] max-w-none bg-paper p-0 text-ink shadow-xl"
      >
        <div className="flex items-center justify-between border-b border-sand-200 px-5 py-4">
          <p className="font-serif text-lg font-semibold text-sage-900">Menu</p>
          <button type="button" command="close" commandfor="site-menu" className={buttonClass("secondary", "compact")}>
            Close<span className="sr-only"> menu</span>
          </button>
        </div>
        {/* Named apart from the header's navigation, which holds the same links on wide screens. */}
        <nav aria-label="Main, in the menu">
          <ul className="px-3 py-4">
            {routes.map((route) => (
              <li key={route.path}>
                <a
                  href={route.path}
                  className="block rounded-md px-3 py-3 text-lg font-medium text-ink no-underline hover:bg-sand-100"
                >
                  {route.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </dialog>
    </div>
  );
}
