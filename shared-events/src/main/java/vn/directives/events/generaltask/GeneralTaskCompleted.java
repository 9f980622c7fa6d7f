package vn.directives.events.generaltask;

import org.axonframework.serialization.Revision;
import vn.directives.events.enterprise.OrganizationFounding;

import java.time.LocalDate;

/**
 * The general task delivered its product: {@code productDocument} names the document that proves
 * it, by number and title as issued (e.g. "Báo cáo số 12-BC/ĐUK về kết quả đối thoại"). The task
 * completes with it. {@code organizationFounded}, when not null, is the socio-political organization
 * the task founded in an enterprise: the enterprise's stream records it in the same transaction
 * ({@code SocioPoliticalOrganizationFounded} naming this task). Revision 1 had no outcome
 * ({@code GeneralTaskCompletedV1Upcaster}).
 */
@Revision("2")
public record GeneralTaskCompleted(String taskId, String productDocument, OrganizationFounding organizationFounded,
                                   LocalDate effectiveOn, String completedBy) implements GeneralTaskEvent {

    /** Completed without founding an organization. */
    public GeneralTaskCompleted(String taskId, String productDocument, LocalDate effectiveOn, String completedBy) {
        this(taskId, productDocument, null, effectiveOn, completedBy);
    }
}
