package vn.directives.events.enterprise;

import vn.directives.events.survey.Ownership;

/**
 * What the business registry says of an enterprise: its name and address, the commune or ward
 * (a unit id, so that its name follows the unit's history), the industrial or cluster zone it
 * stands in (null: none), its ownership, its workers and whether it operates.
 */
public record EnterpriseProfile(String name, String address, String communeUnitId, String zone, Ownership ownership,
                                int workers, OperatingStatus status) {
}
