package vn.directives.events.generaltask;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The general task delivered its product: {@code productDocument} names the document that proves
 * it, by number and title as issued (e.g. "Báo cáo số 12-BC/ĐUK về kết quả đối thoại"). The task
 * completes with it.
 */
@Revision("1")
public record GeneralTaskCompleted(String taskId, String productDocument, LocalDate effectiveOn, String completedBy)
        implements GeneralTaskEvent {
}
