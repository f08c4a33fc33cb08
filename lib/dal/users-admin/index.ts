import "server-only";
/** Account management for administrators: every function takes the caller (Actor) first and checks it. */
export {
  listUsersForManagement,
  getUserForEdit,
  getInviteOptions,
  userNotFound,
  type ManagedUser,
  type AgencyOption,
  type AccountStatus,
} from "./list";
export { inviteUser, USER_INVITED, type IssuedLink } from "./invite";
export {
  changeUserAccess,
  setUserDisabled,
  endUserSessions,
  issueNewLink,
  STALE_USER,
  USER_ACCESS_CHANGED,
  USER_DISABLED,
  USER_ENABLED,
  USER_SESSIONS_ENDED,
  USER_LINK_ISSUED,
} from "./change";
