export type StaffRole = "admin" | "staff";
export type StaffMember = {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  enrolled: boolean;
  sessionToken: string;
  clientHash: string;
};

/** A request's staff session: none, one that has just timed out (and is now gone), or an active one. */
export type StaffSession = { state: "none" } | { state: "timed-out" } | { state: "active"; staff: StaffMember };
