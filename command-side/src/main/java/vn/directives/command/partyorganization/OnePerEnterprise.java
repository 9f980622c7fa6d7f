package vn.directives.command.partyorganization;

import vn.directives.command.common.RuleViolation;

/** The refusal of a second Party organization in an enterprise, wherever it is detected. */
final class OnePerEnterprise {

    private OnePerEnterprise() {
    }

    static RuleViolation violated() {
        return RuleViolation.refused("one-party-organization-per-enterprise", "enterpriseTaxCode",
                "Doanh nghiệp đã có tổ chức đảng; mỗi doanh nghiệp chỉ có một tổ chức đảng.",
                "The enterprise already has a Party organization; an enterprise has only one.");
    }
}
