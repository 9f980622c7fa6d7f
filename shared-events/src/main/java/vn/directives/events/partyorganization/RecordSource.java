package vn.directives.events.partyorganization;

/** Where the existence of a Party organization that predates the service became known. */
public enum RecordSource {
    /** A survey found it; the reference is the survey's task id. */
    SURVEY,
    /** The Organization Committee's registry when the service started. */
    INITIAL_REGISTRY
}
