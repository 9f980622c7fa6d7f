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
    /** The targets in force (JSON, as registered or last amended); null for rows older than the column. */
    private String targets;
    @Column(name = "targets_amended_on")
    private LocalDate targetsAmendedOn;
    @Column(name = "replaced_by_directive_id")
    private String replacedByDirectiveId;
    @Column(name = "replaced_on")
    private LocalDate replacedOn;
    @Column(name = "last_sequence")
    private long lastSequence;

    protected DirectiveSummary() {
    }

    DirectiveSummary(String id, String number, String kind, LocalDate issuedOn, String issuingBody,
                     String title, String leadUnitId, int pointCount, Instant registeredAt, String targets,
                     long sequence) {
        this.id = id;
        this.number = number;
        this.kind = kind;
        this.issuedOn = issuedOn;
        this.issuingBody = issuingBody;
        this.title = title;
        this.leadUnitId = leadUnitId;
        this.pointCount = pointCount;
        this.registeredAt = registeredAt;
        this.targets = targets;
        this.lastSequence = sequence;
    }

    /** False when the event of this sequence number (or a later one) was applied already. */
    boolean isNew(long sequence) {
        return sequence > lastSequence;
    }

    void amendTargets(String targets, LocalDate effectiveOn, long sequence) {
        this.targets = targets;
        this.targetsAmendedOn = effectiveOn;
        this.lastSequence = sequence;
    }

    void replace(String byDirectiveId, LocalDate effectiveOn, long sequence) {
        this.replacedByDirectiveId = byDirectiveId;
        this.replacedOn = effectiveOn;
        this.lastSequence = sequence;
    }

    public DirectiveView toView() {
        return new DirectiveView(id, number, kind, issuedOn, issuingBody, title, leadUnitId, pointCount, registeredAt,
                DirectiveView.targets(targets), targetsAmendedOn, replacedByDirectiveId, replacedOn);
    }
}
