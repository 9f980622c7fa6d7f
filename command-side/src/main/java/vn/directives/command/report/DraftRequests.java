package vn.directives.command.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.directives.events.report.DraftSection;
import vn.directives.events.report.ReportBasis;

import java.time.LocalDate;
import java.util.List;

/** The bodies of the report draft endpoints, validated at the edge. */
final class DraftRequests {

    /** The longest narrative section accepted: a long report's section is a few thousand words. */
    static final int SECTION_MAX = 20_000;

    private DraftRequests() {
    }

    /** A draft of the report of a directive for a period (from/to inclusive; the cut-off is the end of {@code to}). */
    record Create(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+") String directiveId,
                  @NotNull LocalDate from, @NotNull LocalDate to, @NotNull ReportBasis basis) {
    }

    /** One narrative section's whole new text (empty clears it). */
    record Section(@NotNull DraftSection section, @NotNull @Size(max = SECTION_MAX) String text) {
    }

    /** Recipients (nơi nhận), one line each, and the signature block. */
    record Addressing(@NotNull @Size(max = 30) List<@NotBlank @Size(max = 300) String> recipients,
                      @Size(max = 100) String signatureForm,
                      @NotBlank @Size(max = 100) String signatoryTitle,
                      @Size(max = 100) String signatoryName) {
    }

    record Return(@NotBlank @Size(max = SECTION_MAX) String comments) {
    }

    /** The report's number (125 in Số 125-BC/BTCTU) and the date of its date line (today when not given). */
    record Issue(@NotBlank @Pattern(regexp = "\\d{1,6}") String number, LocalDate issuedOn) {
    }
}
