package vn.directives.events.directive;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** A directive was registered for follow-up by the Organization Committee. */
@Revision("1")
public record DirectiveRegistered(
        String directiveId,
        String number,
        DirectiveKind kind,
        LocalDate issuedOn,
        String issuingBody,
        String title,
        List<DirectivePoint> points,
        String leadUnitId,
        ReportingCadence cadence,
        List<Target> targets,
        String registeredBy) implements DirectiveEvent {
}
