package vn.directives.command.cellestablishment;

import vn.directives.events.cellestablishment.AbandonmentReason;

/** The reason a cancelled establishment shows in task lists and reports, in Vietnamese. */
final class AbandonmentReasons {

    private AbandonmentReasons() {
    }

    static String describe(AbandonmentReason reason, String note) {
        String label = switch (reason) {
            case ENTERPRISE_DISSOLVED -> "Doanh nghiệp giải thể, ngừng hoạt động";
            case OWNER_REFUSED -> "Chủ doanh nghiệp không đồng ý thành lập tổ chức đảng";
            case OTHER -> "Lý do khác";
        };
        return note == null || note.isBlank() ? label : label + ": " + note;
    }
}
