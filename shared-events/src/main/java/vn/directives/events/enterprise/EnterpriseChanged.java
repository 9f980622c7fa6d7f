package vn.directives.events.enterprise;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The registry's facts of an enterprise changed from {@code effectiveOn}: the whole profile as it
 * is from that day (a reader needs no earlier event to know it). {@code importJobId} as in
 * {@link EnterpriseRegistered}.
 */
@Revision("1")
public record EnterpriseChanged(String taxCode, EnterpriseProfile profile, String importJobId, LocalDate effectiveOn,
                                String changedBy) implements EnterpriseEvent {
}
