package vn.directives.events.generaltask;

/**
 * What happens only to general tasks (nhiệm vụ): any duty of a directive's point whose outcome is
 * a product (sản phẩm). The common lifecycle is in the task package.
 */
public sealed interface GeneralTaskEvent permits GeneralTaskOpened, ProgressReported, GeneralTaskCompleted {

    String taskId();
}
