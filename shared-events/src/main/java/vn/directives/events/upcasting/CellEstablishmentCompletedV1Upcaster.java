package vn.directives.events.upcasting;

import vn.directives.events.cellestablishment.CellEstablishmentCompleted;

/**
 * {@link CellEstablishmentCompleted} revision 1 to 2: a completion of before gave no kind and no superior
 * committee; both null, not classified (nothing is guessed from the decision's issuing committee text).
 */
public final class CellEstablishmentCompletedV1Upcaster extends AddedAsNull {

    public CellEstablishmentCompletedV1Upcaster() {
        super(CellEstablishmentCompleted.class, "kind", "superiorCommitteeUnitId");
    }
}
