package vn.directives.events.metadata;

/**
 * Names of the metadata every stored event carries. The command side writes them and the query
 * side reads them, so both name them from here rather than spelling the strings twice.
 */
public final class MetadataKeys {

    /** The user who acted ({@code system} for the service's own events). */
    public static final String ACTOR = "actor";
    /** The roles the user acted in, comma-separated. */
    public static final String ROLE = "role";
    /** The unit the user acted for, if any. */
    public static final String UNIT = "unit";
    /** The id of the HTTP request (or job) that started the chain of messages. */
    public static final String CORRELATION_ID = "correlationId";
    /** The id of the message that caused this one. */
    public static final String CAUSATION_ID = "causationId";
    /**
     * On an event brought in by a history migration: the day (ISO date) the older system or list
     * had recorded the fact. The report as recorded takes it as the event's recording time.
     */
    public static final String RECORDED_ORIGINALLY_ON = "recordedOriginallyOn";
    /** On an event brought in by an import or a migration: the job (made from the file's bytes). */
    public static final String IMPORT_JOB = "importJobId";
    /** On an event brought in by a history migration: where the history came from, as the confirmer named it. */
    public static final String MIGRATION_SOURCE = "migrationSource";

    private MetadataKeys() {
    }
}
