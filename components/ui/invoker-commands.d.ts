// Invoker Commands (command/commandfor) open a <dialog> as a modal without any script.
// React passes these lowercase attributes through; @types/react does not list them yet.
import "react";

declare module "react" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a merged declaration must repeat React's type parameter
  interface ButtonHTMLAttributes<T> {
    command?: "show-modal" | "close" | "request-close" | "toggle-popover" | "show-popover" | "hide-popover";
    commandfor?: string;
  }
}
