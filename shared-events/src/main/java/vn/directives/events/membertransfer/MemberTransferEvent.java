package vn.directives.events.membertransfer;

/**
 * What happens only to member transfers (chuyển sinh hoạt đảng); the common lifecycle is in the
 * task package. No event names the member: they carry the opaque {@code memberRef} only.
 */
public sealed interface MemberTransferEvent permits MemberTransferRequested, IntroductionLetterIssued,
        IntroductionLetterAccepted, MemberTransferCompleted, MemberTransferReturned, MemberTransferWithdrawn {

    String taskId();
}
