package vn.directives.query.directive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One row per directive: what the directive list shows. */
@Entity
@Table(name = "directive")
public class DirectiveSummary {

    @Id
    private String id;
    private String number;
    private String kind;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    @Column(name = "issuing_body")
    private String issuingBody;
    private String title;
    @Column(name = "lead_unit_id")
    private String leadUnitId;
    @Column(name = "point_count")
    private int pointCount;
    @Column(name = "registered_at")
    private Instant registeredAt;

    protected DirectiveSummary() {
    }

    DirectiveSummary(String id, String number, String kind, LocalDate issuedOn, String issuingBody,
                     String title, String leadUnitId, int pointCount, Instant registeredAt) {
        this.id = id;
        this.number = number;
        this.kind = kind;
        this.issuedOn = issuedOn;
        this.issuingBody = issuingBody;
        this.title = title;
        this.leadUnitId = leadUnitId;
        this.pointCount = pointCount;
        this.registeredAt = registeredAt;
    }

    public DirectiveView toView() {
        return new DirectiveView(id, number, kind, issuedOn, issuingBody, title, leadUnitId, pointCount, registeredAt);
    }
}
