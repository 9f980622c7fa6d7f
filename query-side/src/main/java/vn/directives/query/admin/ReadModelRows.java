package vn.directives.query.admin;

import java.util.List;

/**
 * Read models whose rows can be checked one by one against the event store: every event of
 * {@code payloadType} up to the position of the processor that runs {@code processingGroup} must have
 * left a row whose {@code idColumn} is the event's aggregate. The event tally proves a processor saw
 * every event; this proves a read model still holds what the events made (a row removed by hand, a
 * handler that wrote nothing).
 */
record ReadModelRows(String processingGroup, String payloadType, String table, String idColumn) {

    /** Projections that keep one row per aggregate for as long as the aggregate exists. */
    static final List<ReadModelRows> CHECKED = List.of(
            new ReadModelRows("directives", "vn.directives.events.directive.DirectiveRegistered",
                    "query.directive", "id"));
}
