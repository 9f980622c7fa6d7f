package vn.directives.query.directive;

import java.time.Instant;
import java.time.LocalDate;

public record DirectiveView(String id, String number, String kind, LocalDate issuedOn, String issuingBody,
                     String title, String leadUnitId, int pointCount, Instant registeredAt) {
}
