package vn.directives.query.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Whether every stored event reached every read model (see {@link Reconciliation}). */
@RestController
class ReconciliationController {

    private final Reconciliation reconciliation;

    ReconciliationController(Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    /** Checks now; {@code limit} caps the missing events listed per processor (their count is always exact). */
    @GetMapping("/api/admin/reconciliation")
    ReconciliationReport check(@RequestParam(defaultValue = "100") @PositiveOrZero @Max(1000) int limit) {
        return reconciliation.check(limit);
    }
}
