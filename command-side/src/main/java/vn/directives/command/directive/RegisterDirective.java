package vn.directives.command.directive;

import vn.directives.command.common.CommandContext;
import vn.directives.events.directive.DirectiveKind;
import vn.directives.events.directive.DirectivePoint;
import vn.directives.events.directive.ReportingCadence;
import vn.directives.events.directive.Target;

import java.time.LocalDate;
import java.util.List;

record RegisterDirective(
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
        CommandContext context) {
}
