package vn.directives.events.enterprise;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An enterprise entered the registry, known to exist from {@code effectiveOn}. {@code importJobId}
 * names the import that brought it in (null: entered by hand).
 */
@Revision("1")
public record EnterpriseRegistered(String taxCode, EnterpriseProfile profile, String importJobId,
                                   LocalDate effectiveOn, String registeredBy) implements EnterpriseEvent {
}
