package vn.directives.command.task;

/**
 * Where the bytes of attached documents are kept, written in the transaction of the command that
 * records the attachment, so that the bytes exist if and only if the event does.
 */
public interface AttachmentStore {

    void store(String taskId, Document document);
}
