package vn.directives.events.directive;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The directive was replaced by a newer one from the effective date (42-CT/TU of 23/12/2022
 * replaced 22-CT/TU of 29/11/2011). It lives in the stream of the directive that is replaced,
 * whose standing changes; the newer directive's own history is untouched.
 */
@Revision("1")
public record DirectiveReplaced(String directiveId, String replacedByDirectiveId, LocalDate effectiveOn,
                                String recordedBy) implements DirectiveEvent {
}
