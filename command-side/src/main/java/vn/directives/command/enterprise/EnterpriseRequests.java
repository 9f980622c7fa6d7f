package vn.directives.command.enterprise;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import vn.directives.events.enterprise.EnterpriseProfile;
import vn.directives.events.enterprise.OperatingStatus;
import vn.directives.events.enterprise.SocioPoliticalOrganizationKind;
import vn.directives.events.survey.Ownership;

import java.time.LocalDate;

/** Bodies of the enterprise registry's requests. A missing effective date means today. */
final class EnterpriseRequests {

    private EnterpriseRequests() {
    }

    /** The registry's facts of an enterprise, as a request states them. */
    record Profile(@NotBlank @Size(max = 300) String name, @NotBlank @Size(max = 500) String address,
                   @NotBlank @Size(max = 100) String communeUnitId, @Size(max = 300) String zone,
                   @NotNull Ownership ownership, @NotNull @Min(0) Integer workers, OperatingStatus status) {

        /** A status left out means operating: the registry's lists are of operating enterprises. */
        EnterpriseProfile toValue() {
            return new EnterpriseProfile(name, address, communeUnitId, zone, ownership, workers,
                    status == null ? OperatingStatus.OPERATING : status);
        }
    }

    record Registration(@NotBlank @Size(max = 14) String taxCode, @NotBlank @Size(max = 300) String name,
                        @NotBlank @Size(max = 500) String address, @NotBlank @Size(max = 100) String communeUnitId,
                        @Size(max = 300) String zone, @NotNull Ownership ownership, @NotNull @Min(0) Integer workers,
                        OperatingStatus status, @PastOrPresent LocalDate effectiveOn) {

        Profile profile() {
            return new Profile(name, address, communeUnitId, zone, ownership, workers, status);
        }
    }

    record Change(@NotBlank @Size(max = 300) String name, @NotBlank @Size(max = 500) String address,
                  @NotBlank @Size(max = 100) String communeUnitId, @Size(max = 300) String zone,
                  @NotNull Ownership ownership, @NotNull @Min(0) Integer workers, OperatingStatus status,
                  @PastOrPresent LocalDate effectiveOn) {

        Profile profile() {
            return new Profile(name, address, communeUnitId, zone, ownership, workers, status);
        }
    }

    record SocioPoliticalOrganization(@NotNull SocioPoliticalOrganizationKind kind, @NotNull @Min(0) Integer members,
                                      @PastOrPresent LocalDate effectiveOn) {
    }

    record SocioPoliticalDissolution(@NotNull SocioPoliticalOrganizationKind kind,
                                     @NotBlank @Size(max = 2000) String reason, @PastOrPresent LocalDate effectiveOn) {
    }

    record Cessation(@NotBlank @Size(max = 2000) String reason, @PastOrPresent LocalDate effectiveOn) {
    }
}
