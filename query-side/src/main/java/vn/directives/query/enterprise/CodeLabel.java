package vn.directives.query.enterprise;

/** A code as stored, with what users read: Vietnamese first, English beside it. */
public record CodeLabel(String code, String label, String labelEn) {

    static CodeLabel ownership(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "PRIVATE" -> new CodeLabel(code, "Doanh nghiệp tư nhân", "Private enterprise");
            case "FOREIGN_INVESTED" -> new CodeLabel(code, "Doanh nghiệp có vốn đầu tư nước ngoài",
                    "Foreign-invested enterprise");
            case "JOINT_STOCK_STATE_MINORITY" -> new CodeLabel(code,
                    "Công ty cổ phần có vốn nhà nước không chi phối", "Joint-stock company, state share below control");
            default -> new CodeLabel(code, code, code);
        };
    }

    static CodeLabel operatingStatus(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "OPERATING" -> new CodeLabel(code, "Đang hoạt động", "Operating");
            case "SUSPENDED" -> new CodeLabel(code, "Tạm ngừng kinh doanh", "Suspended");
            default -> new CodeLabel(code, code, code);
        };
    }

    public static CodeLabel socioPoliticalKind(String code) {
        return switch (code) {
            case "TRADE_UNION" -> new CodeLabel(code, "Công đoàn cơ sở", "Trade union");
            case "YOUTH_UNION" -> new CodeLabel(code, "Chi đoàn, đoàn cơ sở", "Youth Union");
            case "WOMENS_UNION" -> new CodeLabel(code, "Chi hội phụ nữ", "Women's Union");
            case "VETERANS_ASSOCIATION" -> new CodeLabel(code, "Chi hội cựu chiến binh", "Veterans' Association");
            default -> new CodeLabel(code, code, code);
        };
    }

    static CodeLabel ownerAttitude(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "SUPPORTIVE" -> new CodeLabel(code, "Ủng hộ", "Supportive");
            case "UNDECIDED" -> new CodeLabel(code, "Chưa quyết định", "Undecided");
            case "REFUSED" -> new CodeLabel(code, "Từ chối", "Refused");
            default -> new CodeLabel(code, code, code);
        };
    }

    static CodeLabel organizationOrigin(String code) {
        return switch (code) {
            case "ESTABLISHED" -> new CodeLabel(code, "Thành lập mới", "Newly established");
            case "RECORDED_EXISTING" -> new CodeLabel(code, "Đã có từ trước", "Existing before");
            default -> new CodeLabel(code, code, code);
        };
    }

    static CodeLabel recordSource(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "SURVEY" -> new CodeLabel(code, "Qua khảo sát", "From a survey");
            case "INITIAL_REGISTRY" -> new CodeLabel(code, "Sổ theo dõi ban đầu", "Initial registry");
            default -> new CodeLabel(code, code, code);
        };
    }

    /** Null (recorded before kinds were, or not yet classified) reads "Chưa phân loại", never a guess. */
    public static CodeLabel partyOrganizationKind(String code) {
        if (code == null) {
            return new CodeLabel("NOT_CLASSIFIED", "Chưa phân loại", "Not classified");
        }
        return switch (code) {
            case "GRASSROOTS_CELL" -> new CodeLabel(code, "Chi bộ cơ sở", "Grassroots cell");
            case "GRASSROOTS_COMMITTEE" -> new CodeLabel(code, "Đảng bộ cơ sở", "Grassroots Party committee");
            case "CELL_UNDER_GRASSROOTS_COMMITTEE" -> new CodeLabel(code, "Chi bộ trực thuộc đảng ủy cơ sở",
                    "Cell under a grassroots committee");
            default -> new CodeLabel(code, code, code);
        };
    }

    static CodeLabel memberStatus(String code) {
        return switch (code) {
            case "OFFICIAL" -> new CodeLabel(code, "Đảng viên chính thức", "Official members");
            case "PROBATIONARY" -> new CodeLabel(code, "Đảng viên dự bị", "Probationary members");
            case "TEMPORARY" -> new CodeLabel(code, "Đảng viên sinh hoạt tạm thời", "Members here temporarily");
            default -> new CodeLabel(code, code, code);
        };
    }

    static CodeLabel exitReason(String code) {
        return switch (code) {
            case "DEATH" -> new CodeLabel(code, "Từ trần", "Death");
            case "REMOVAL_FROM_ROLLS" -> new CodeLabel(code, "Xóa tên", "Removal from the rolls");
            case "EXPULSION" -> new CodeLabel(code, "Khai trừ", "Expulsion");
            case "LEAVING_ON_REQUEST" -> new CodeLabel(code, "Xin ra khỏi Đảng", "Leaving on request");
            default -> new CodeLabel(code, code, code);
        };
    }
}
