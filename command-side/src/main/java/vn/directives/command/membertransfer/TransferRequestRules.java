package vn.directives.command.membertransfer;

import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.UnitDirectory;
import vn.directives.events.membertransfer.PartyOrganization;
import vn.directives.events.membertransfer.TemporaryPeriod;
import vn.directives.events.membertransfer.TransferDirection;
import vn.directives.events.membertransfer.TransferType;

import java.time.LocalDate;

/** What a transfer request must satisfy beyond the opening of any task. */
final class TransferRequestRules {

    /** A temporary transfer lasts at least this many months… */
    private static final int TEMPORARY_MIN_MONTHS = 3;
    /** …and fewer than this many. */
    private static final int TEMPORARY_MAX_MONTHS = 12;

    private TransferRequestRules() {
    }

    static void check(RequestMemberTransfer request, LocalDate openedOn, UnitDirectory units) {
        if (request.decisionDate().isAfter(openedOn)) {
            throw RuleViolation.invalid("decision-before-request", "decisionDate",
                    "Ngày quyết định không được sau ngày đề nghị chuyển sinh hoạt đảng.",
                    "The decision cannot be dated after the transfer request.");
        }
        checkPeriod(request.type(), request.temporaryPeriod());
        boolean toEnterprise = request.direction() == TransferDirection.RESIDENCE_TO_ENTERPRISE;
        checkOrganization(request.sendingOrganization(), !toEnterprise, "sendingOrganization", openedOn, units);
        checkOrganization(request.receivingOrganization(), toEnterprise, "receivingOrganization", openedOn, units);
    }

    private static void checkPeriod(TransferType type, TemporaryPeriod period) {
        if (type == TransferType.OFFICIAL) {
            if (period != null) {
                throw RuleViolation.invalid("temporary-period-only-for-temporary", "temporaryPeriod",
                        "Chuyển sinh hoạt chính thức không có thời hạn tạm thời.",
                        "An official transfer has no temporary period.");
            }
            return;
        }
        if (period == null || period.from() == null || period.until() == null) {
            throw RuleViolation.invalid("temporary-period-required", "temporaryPeriod",
                    "Chuyển sinh hoạt tạm thời phải ghi rõ thời gian từ ngày nào đến ngày nào.",
                    "A temporary transfer needs its period (from and until).");
        }
        // Both days are included: 1/4 to 30/6 is three months.
        LocalDate end = period.until().plusDays(1);
        if (end.isBefore(period.from().plusMonths(TEMPORARY_MIN_MONTHS))
                || !end.isBefore(period.from().plusMonths(TEMPORARY_MAX_MONTHS))) {
            throw RuleViolation.invalid("temporary-period-bounds", "temporaryPeriod.until",
                    "Sinh hoạt đảng tạm thời từ " + TEMPORARY_MIN_MONTHS + " tháng đến dưới " + TEMPORARY_MAX_MONTHS
                            + " tháng.",
                    "A temporary transfer lasts from " + TEMPORARY_MIN_MONTHS + " months to under "
                            + TEMPORARY_MAX_MONTHS + " months.");
        }
    }

    /** The enterprise's side names the enterprise by its tax code; the place of residence has none. */
    private static void checkOrganization(PartyOrganization organization, boolean enterpriseSide, String field,
                                          LocalDate on, UnitDirectory units) {
        boolean hasTaxCode = organization.enterpriseTaxCode() != null;
        if (enterpriseSide && !hasTaxCode) {
            throw RuleViolation.invalid("enterprise-needs-tax-code", field + ".enterpriseTaxCode",
                    "Tổ chức đảng của doanh nghiệp phải ghi mã số thuế của doanh nghiệp.",
                    "The enterprise's Party organization needs the enterprise's tax code.");
        }
        if (!enterpriseSide && hasTaxCode) {
            throw RuleViolation.invalid("residence-has-no-tax-code", field + ".enterpriseTaxCode",
                    "Tổ chức đảng nơi cư trú không có mã số thuế doanh nghiệp.",
                    "The Party organization at the place of residence has no enterprise tax code.");
        }
        if (!units.isActive(organization.unitId(), on)) {
            throw RuleViolation.refused("unit-not-active", field + ".unitId",
                    "Đơn vị " + organization.unitId() + " không hoạt động vào ngày " + on + ".",
                    "Unit " + organization.unitId() + " is not active on " + on + ".");
        }
    }
}
