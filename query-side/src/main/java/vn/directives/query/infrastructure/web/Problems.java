package vn.directives.query.infrastructure.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Builds RFC 9457 problem documents the way the command side does: Vietnamese title and detail
 * first, English beside them ({@code title_en}, {@code detail_en}), the broken rules in
 * {@code errors} (field — here the query parameter or header —, rule, message, message_en).
 */
public final class Problems {

    private Problems() {
    }

    /** One broken rule: the parameter it is about (may be null), the rule's name, both messages. */
    public record FieldError(String field, String rule, String message, String message_en) {
    }

    public static ProblemDetail of(HttpStatus status, String type, String titleVi, String titleEn,
                                   String detailVi, String detailEn, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detailVi);
        problem.setType(URI.create("urn:directives:problem:" + type));
        problem.setTitle(titleVi);
        problem.setProperty("title_en", titleEn);
        problem.setProperty("detail_en", detailEn);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    /** 400 for the given broken rules; the first one is the detail. */
    public static ProblemDetail invalid(List<FieldError> errors) {
        String vi = errors.isEmpty() ? "Yêu cầu không hợp lệ." : errors.get(0).message();
        String en = errors.isEmpty() ? "The request is invalid." : errors.get(0).message_en();
        return of(HttpStatus.BAD_REQUEST, "invalid-parameter", "Tham số không hợp lệ", "Invalid parameter", vi, en,
                errors);
    }

    /** Vietnamese and English titles of the statuses a query can answer. */
    static String[] titles(int status) {
        return STATUS_TITLES.getOrDefault(status,
                new String[]{"Không thể thực hiện yêu cầu", "Request not processed"});
    }

    private static final Map<Integer, String[]> STATUS_TITLES = Map.of(
            400, new String[]{"Tham số không hợp lệ", "Invalid parameter"},
            403, new String[]{"Không có quyền", "Forbidden"},
            404, new String[]{"Không tìm thấy", "Not found"},
            405, new String[]{"Phương thức không được hỗ trợ", "Method not allowed"},
            406, new String[]{"Không có định dạng phù hợp", "Not acceptable"},
            409, new String[]{"Xung đột trạng thái", "Conflict"},
            500, new String[]{"Lỗi hệ thống", "Internal error"},
            503, new String[]{"Dịch vụ tạm thời chưa sẵn sàng", "Service unavailable"});

    /** Messages of the Bean Validation constraints a query parameter may carry; {attribute} is filled in. */
    static final Map<String, String[]> CONSTRAINT_MESSAGES = Map.ofEntries(
            Map.entry("NotBlank", new String[]{"không được để trống", "must not be blank"}),
            Map.entry("NotNull", new String[]{"là bắt buộc", "is required"}),
            Map.entry("NotEmpty", new String[]{"không được để trống", "must not be empty"}),
            Map.entry("Size",
                    new String[]{"độ dài phải từ {min} đến {max}", "size must be between {min} and {max}"}),
            Map.entry("Min", new String[]{"phải lớn hơn hoặc bằng {value}", "must be at least {value}"}),
            Map.entry("Max", new String[]{"phải nhỏ hơn hoặc bằng {value}", "must be at most {value}"}),
            Map.entry("Positive", new String[]{"phải là số dương", "must be positive"}),
            Map.entry("PositiveOrZero", new String[]{"không được âm", "must not be negative"}),
            Map.entry("Pattern", new String[]{"không đúng định dạng", "has the wrong format"}),
            Map.entry("PastOrPresent", new String[]{"không được ở tương lai", "must not be in the future"}),
            Map.entry("DecimalMin", new String[]{"phải lớn hơn hoặc bằng {value}", "must be at least {value}"}),
            Map.entry("DecimalMax", new String[]{"phải nhỏ hơn hoặc bằng {value}", "must be at most {value}"}));
}
