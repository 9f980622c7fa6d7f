package vn.directives.events.enterprise;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The enterprise ceased to exist (giải thể, phá sản, sáp nhập…) on {@code effectiveOn}; it changes no more. */
@Revision("1")
public record EnterpriseCeased(String taxCode, String reason, LocalDate effectiveOn, String ceasedBy)
        implements EnterpriseEvent {
}
