import "server-only";
/** Agency management for administrators: every function takes the caller (Actor) first and checks it. */
export { listAgenciesForManagement, getAgencyForEdit, agencyNotFound, type ManagedAgency } from "./list";
export { createAgency, updateAgency, AGENCY_CREATED, AGENCY_UPDATED, STALE_AGENCY } from "./save";
export { setAgencyRetired, AGENCY_RETIRED, AGENCY_UNRETIRED } from "./retire";
