package vn.directives.command.directive;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.directives.command.common.CommandContext;
import vn.directives.events.directive.DirectiveKind;
import vn.directives.events.directive.DirectivePoint;
import vn.directives.events.directive.ReportingCadence;

import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST /api/directives}; targets are optional. */
record RegisterDirectiveRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = "\\d{1,4}-[\\p{Lu}Đ]{2,4}/[\\p{Lu}Đ]{2,6}") String number,
        @NotNull DirectiveKind kind,
        @NotNull @PastOrPresent LocalDate issuedOn,
        @NotBlank @Size(max = 200) String issuingBody,
        @NotBlank @Size(max = 1000) String title,
        @NotEmpty @Size(max = 50) List<@Valid Point> points,
        @NotBlank @Size(max = 100) String leadUnitId,
        @NotNull @Valid Cadence cadence,
        @Size(max = 20) List<DirectiveRequests.@NotNull @Valid TargetEntry> targets) {

    record Point(@Min(1) @Max(99) int number, @NotBlank @Size(max = 4000) String text) {
        DirectivePoint toEvent() {
            return new DirectivePoint(number, text);
        }
    }

    record Cadence(@Min(1) @Max(12) int cutOffMonth, @Min(1) @Max(31) int cutOffDay,
                   @NotBlank @Size(max = 200) String reportTo) {
        ReportingCadence toEvent() {
            return new ReportingCadence(ReportingCadence.Frequency.YEARLY, cutOffMonth, cutOffDay, reportTo);
        }
    }

    RegisterDirective toCommand(String directiveId, CommandContext context) {
        return new RegisterDirective(directiveId, number, kind, issuedOn, issuingBody, title,
                points.stream().map(Point::toEvent).toList(), leadUnitId, cadence.toEvent(),
                targets == null ? List.of() : targets.stream().map(DirectiveRequests.TargetEntry::toValue).toList(),
                context);
    }
}
