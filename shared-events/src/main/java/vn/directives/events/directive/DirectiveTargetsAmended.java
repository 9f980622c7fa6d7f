package vn.directives.events.directive;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** The directive's targets (chỉ tiêu) were amended: the full new list holds from the effective date. */
@Revision("1")
public record DirectiveTargetsAmended(String directiveId, List<Target> targets, String reason, LocalDate effectiveOn,
                                      String amendedBy) implements DirectiveEvent {
}
