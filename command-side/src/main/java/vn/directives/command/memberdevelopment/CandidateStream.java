package vn.directives.command.memberdevelopment;

/**
 * The stream id of a candidate: their reference with a prefix. Aggregate ids share one key space in
 * the event store, and a reference is chosen by the client: without the prefix a reference equal to
 * a task's or an enterprise's id would name that stream.
 */
final class CandidateStream {

    private static final String PREFIX = "candidate:";

    private CandidateStream() {
    }

    static String id(String candidateRef) {
        return PREFIX + candidateRef;
    }
}
