package vn.directives.events.directive;

import org.axonframework.serialization.Revision;
import vn.directives.events.urging.UrgingPolicy;

import java.time.LocalDate;

/**
 * The Organization Committee set how the directive's tasks are urged by default; a task's own
 * policy ({@code TaskUrgingPolicySet}) still takes precedence.
 */
@Revision("1")
public record DirectiveUrgingPolicySet(String directiveId, UrgingPolicy policy, LocalDate effectiveOn, String setBy)
        implements DirectiveEvent {
}
