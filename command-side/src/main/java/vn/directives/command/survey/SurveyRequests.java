package vn.directives.command.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.directives.command.task.TaskRequests;
import vn.directives.events.survey.EnterpriseFindings;
import vn.directives.events.survey.OwnerAttitude;
import vn.directives.events.survey.Ownership;
import vn.directives.events.survey.SurveyScope;

import java.time.LocalDate;
import java.util.List;

/** Bodies of the survey's own requests. */
final class SurveyRequests {

    private SurveyRequests() {
    }

    record Open(@NotNull @Valid TaskRequests.Header task, @NotNull @Valid Scope scope,
                @NotNull LocalDate periodFrom, @NotNull LocalDate periodTo, @PastOrPresent LocalDate openedOn) {
    }

    record Scope(@NotNull SurveyScope.Kind kind, @NotNull @Size(max = 500) List<@NotBlank @Size(max = 100) String> references,
                 @Size(max = 2000) String description) {
        SurveyScope toValue() {
            return new SurveyScope(kind, references, description);
        }
    }

    record Finding(@NotBlank @Pattern(regexp = "\\d{10}(-\\d{3})?") String taxCode,
                   @NotBlank @Size(max = 300) String enterpriseName,
                   @NotNull Ownership ownership,
                   @PositiveOrZero @Max(1_000_000) int workers,
                   @PositiveOrZero @Max(100_000) int officialMembers,
                   @PositiveOrZero @Max(100_000) int probationaryMembers,
                   @PositiveOrZero @Max(100_000) int membersRegisteredAtResidence,
                   @PositiveOrZero @Max(100_000) int officialMembersEmployed12Months,
                   boolean tradeUnion,
                   @PositiveOrZero @Max(1_000_000) int tradeUnionMembers,
                   boolean youthUnion,
                   @PositiveOrZero @Max(1_000_000) int youthUnionMembers,
                   boolean partyOrganizationExists,
                   @NotNull OwnerAttitude ownerAttitude,
                   @PastOrPresent LocalDate effectiveOn) {
        EnterpriseFindings toValue() {
            return new EnterpriseFindings(taxCode, enterpriseName, ownership, workers, officialMembers,
                    probationaryMembers, membersRegisteredAtResidence, officialMembersEmployed12Months, tradeUnion,
                    tradeUnionMembers, youthUnion, youthUnionMembers, partyOrganizationExists, ownerAttitude);
        }
    }

    record Closing(@NotBlank @Size(max = 20_000) String summary, @PastOrPresent LocalDate effectiveOn) {
    }
}
