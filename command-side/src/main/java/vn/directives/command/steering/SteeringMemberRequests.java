package vn.directives.command.steering;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.directives.events.steering.MemberContact;
import vn.directives.events.steering.Responsibilities;

import java.time.LocalDate;
import java.util.List;

/** Bodies of the Steering Committee requests. A missing effective date means today. */
final class SteeringMemberRequests {

    private SteeringMemberRequests() {
    }

    /**
     * The member id is the user id the member signs in with. An e-mail address is refused as id:
     * the id travels in every task event and log line, the address must not.
     */
    record Appointment(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,100}") String memberId,
                       @NotBlank @Size(max = 200) String displayName,
                       @NotBlank @Size(max = 300) String post,
                       @NotBlank @Email @Size(max = 254) String email,
                       @Size(max = 100) List<@NotBlank @Size(max = 100) String> unitIds,
                       @Size(max = 50) List<@NotBlank @Size(max = 500) String> areas,
                       @PastOrPresent LocalDate effectiveOn) {

        MemberContact contact() {
            return new MemberContact(displayName, email);
        }

        Responsibilities responsibilities() {
            return SteeringMemberRequests.responsibilities(unitIds, areas);
        }
    }

    record ResponsibilityChange(@Size(max = 100) List<@NotBlank @Size(max = 100) String> unitIds,
                                @Size(max = 50) List<@NotBlank @Size(max = 500) String> areas,
                                @PastOrPresent LocalDate effectiveOn) {

        Responsibilities responsibilities() {
            return SteeringMemberRequests.responsibilities(unitIds, areas);
        }
    }

    record Relief(@NotBlank @Size(max = 2000) String reason, @PastOrPresent LocalDate effectiveOn) {
    }

    /** A unit or area named twice is still one responsibility. */
    private static Responsibilities responsibilities(List<String> unitIds, List<String> areas) {
        return new Responsibilities(unitIds == null ? null : unitIds.stream().distinct().toList(),
                areas == null ? null : areas.stream().distinct().toList());
    }
}
