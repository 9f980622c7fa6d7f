package vn.directives.command.infrastructure;

import java.util.List;

/** Names of the metadata every stored event carries. */
public final class AuditMetadata {

    /** The user who acted. */
    public static final String ACTOR = "actor";
    /** The roles the user acted in, comma-separated. */
    public static final String ROLE = "role";
    /** The unit the user acted for, if any. */
    public static final String UNIT = "unit";
    /** The id of the HTTP request (or job) that started the chain of messages. */
    public static final String CORRELATION_ID = "correlationId";
    /** The id of the message that caused this one. */
    public static final String CAUSATION_ID = "causationId";

    static final List<String> PROPAGATED = List.of(ACTOR, ROLE, UNIT, CORRELATION_ID);

    private AuditMetadata() {
    }
}
