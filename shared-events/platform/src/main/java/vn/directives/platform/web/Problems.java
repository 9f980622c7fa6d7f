package vn.directives.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The one factory of RFC 9457 problem documents on both sides: a Vietnamese title and detail, the
 * English ones beside them ({@code title_en}, {@code detail_en}), the broken rules in {@code errors}
 * (field — a body field, a query parameter or a header —, rule, message, message_en). Which language
 * {@code title} and {@code detail} finally speak is decided per request by {@link ProblemMapping}.
 */
public final class Problems {

    /** The type URIs of every problem document start so; the rest names the rule or the failure. */
    public static final String TYPE_PREFIX = "urn:directives:problem:";

    private static final Map<Integer, String[]> STATUS_TITLES = Map.ofEntries(
            Map.entry(400, new String[]{"Dữ liệu không hợp lệ", "Invalid input"}),
            Map.entry(403, new String[]{"Không có quyền", "Forbidden"}),
            Map.entry(404, new String[]{"Không tìm thấy", "Not found"}),
            Map.entry(405, new String[]{"Phương thức không được hỗ trợ", "Method not allowed"}),
            Map.entry(406, new String[]{"Không có định dạng phù hợp", "Not acceptable"}),
            Map.entry(409, new String[]{"Yêu cầu bị từ chối theo quy định", "Refused by a business rule"}),
            Map.entry(412, new String[]{"Dữ liệu đã bị người khác thay đổi", "Stale version"}),
            Map.entry(413, new String[]{"Nội dung quá lớn", "Content too large"}),
            Map.entry(415, new String[]{"Kiểu nội dung không được hỗ trợ", "Unsupported media type"}),
            Map.entry(500, new String[]{"Lỗi hệ thống", "Internal error"}),
            Map.entry(503, new String[]{"Dịch vụ tạm thời chưa sẵn sàng", "Service unavailable"}));

    /** Messages of the Bean Validation constraints; {attribute} is filled in from the constraint. */
    private static final Map<String, String[]> CONSTRAINT_MESSAGES = Map.ofEntries(
            Map.entry("NotBlank", new String[]{"không được để trống", "must not be blank"}),
            Map.entry("NotNull", new String[]{"là bắt buộc", "is required"}),
            Map.entry("NotEmpty", new String[]{"phải có ít nhất một phần tử", "must not be empty"}),
            Map.entry("Size", new String[]{"độ dài phải từ {min} đến {max}", "size must be between {min} and {max}"}),
            Map.entry("Min", new String[]{"phải lớn hơn hoặc bằng {value}", "must be at least {value}"}),
            Map.entry("Max", new String[]{"phải nhỏ hơn hoặc bằng {value}", "must be at most {value}"}),
            Map.entry("Positive", new String[]{"phải là số dương", "must be positive"}),
            Map.entry("PositiveOrZero", new String[]{"không được âm", "must not be negative"}),
            Map.entry("Pattern", new String[]{"không đúng định dạng", "has the wrong format"}),
            Map.entry("Email", new String[]{"không phải địa chỉ thư điện tử hợp lệ", "is not a valid e-mail address"}),
            Map.entry("PastOrPresent", new String[]{"không được ở tương lai", "must not be in the future"}),
            Map.entry("Past", new String[]{"phải ở quá khứ", "must be in the past"}),
            Map.entry("FutureOrPresent", new String[]{"không được ở quá khứ", "must not be in the past"}),
            Map.entry("DecimalMin", new String[]{"phải lớn hơn hoặc bằng {value}", "must be at least {value}"}),
            Map.entry("DecimalMax", new String[]{"phải nhỏ hơn hoặc bằng {value}", "must be at most {value}"}),
            Map.entry("AssertTrue", new String[]{"không thỏa mãn điều kiện", "does not hold"}));

    private Problems() {
    }

    /** One broken rule: the field it is about (may be null), the rule's name, both messages. */
    public record FieldError(String field, String rule, String message, String message_en) {
    }

    public static ProblemDetail of(HttpStatus status, String type, String titleVi, String titleEn,
                                   String detailVi, String detailEn, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detailVi);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(titleVi);
        problem.setProperty("title_en", titleEn);
        problem.setProperty("detail_en", detailEn);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    /** A problem titled after its status (see {@link #titles}). */
    public static ProblemDetail of(HttpStatus status, String type, String detailVi, String detailEn,
                                   List<FieldError> errors) {
        String[] titles = titles(status.value());
        return of(status, type, titles[0], titles[1], detailVi, detailEn, errors);
    }

    /** 400 for the given broken rules; the first one is the detail. */
    public static ProblemDetail invalid(List<FieldError> errors) {
        String vi = errors.isEmpty() ? "Yêu cầu không hợp lệ." : errors.get(0).message();
        String en = errors.isEmpty() ? "The request is invalid." : errors.get(0).message_en();
        return of(HttpStatus.BAD_REQUEST, "invalid-input", vi, en, errors);
    }

    /** Vietnamese and English titles of a status. */
    public static String[] titles(int status) {
        return STATUS_TITLES.getOrDefault(status, new String[]{"Không thể thực hiện yêu cầu", "Request not processed"})
                .clone();
    }

    /**
     * The broken rule of a Bean Validation constraint ({@code code} is its simple name, e.g.
     * {@code Size}) with its attributes filled in, prefixed with the field's name.
     */
    public static FieldError constraint(String field, String code, Map<String, Object> attributes) {
        String[] messages = CONSTRAINT_MESSAGES.getOrDefault(code, new String[]{"không hợp lệ", "is invalid"});
        String label = field == null ? "" : "'" + field + "' ";
        return new FieldError(field, code, label + fill(messages[0], attributes), label + fill(messages[1], attributes));
    }

    private static String fill(String template, Map<String, Object> attributes) {
        String result = template;
        for (Map.Entry<String, Object> entry : attributes.entrySet()) {
            result = result.replace("{" + entry.getKey() + "}", String.valueOf(entry.getValue()));
        }
        return result;
    }
}
