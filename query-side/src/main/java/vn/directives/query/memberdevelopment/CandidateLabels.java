package vn.directives.query.memberdevelopment;

import vn.directives.events.memberdevelopment.AdmissionsByCategory;
import vn.directives.events.memberdevelopment.CandidateCategory;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** The words the lists use for categories, statuses and next steps, Vietnamese first. */
final class CandidateLabels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The categories' words are the reports' ({@link AdmissionsByCategory}). */
    private static final Map<String, CandidateView.Label> CATEGORIES = java.util.Arrays.stream(CandidateCategory.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Enum::name, category -> new CandidateView.Label(
                    category.name(), AdmissionsByCategory.label(category), AdmissionsByCategory.labelEn(category))));

    private static final Map<String, CandidateView.Label> STATUSES = Map.of(
            "CANDIDATE", new CandidateView.Label("CANDIDATE", "Quần chúng ưu tú", "Candidate"),
            "PROBATIONARY", new CandidateView.Label("PROBATIONARY", "Đảng viên dự bị", "Probationary member"),
            "OFFICIAL", new CandidateView.Label("OFFICIAL", "Đảng viên chính thức", "Official member"),
            "DROPPED", new CandidateView.Label("DROPPED", "Thôi theo dõi", "Dropped"));

    private CandidateLabels() {
    }

    static CandidateView.Label category(String code) {
        return CATEGORIES.get(code);
    }

    static CandidateView.Label status(String code) {
        return STATUSES.get(code);
    }

    /** What comes next for the person on {@code today}; null once official or dropped. */
    static CandidateView.Label nextStep(String status, LocalDate coursePassedOn, LocalDate recognitionDueOn,
                                        LocalDate today) {
        return switch (status) {
            case "CANDIDATE" -> coursePassedOn == null
                    ? new CandidateView.Label("AWARENESS_COURSE", "Học lớp bồi dưỡng nhận thức về Đảng",
                    "Attend the Party awareness course")
                    : new CandidateView.Label("ADMISSION", "Xem xét kết nạp", "Consider for admission");
            case "PROBATIONARY" -> recognitionDueOn.isAfter(today)
                    ? new CandidateView.Label("RECOGNITION_WAITING",
                    "Công nhận chính thức từ ngày " + DAY.format(recognitionDueOn),
                    "Recognition as official from " + recognitionDueOn)
                    : new CandidateView.Label("RECOGNITION_DUE", "Đến hạn công nhận chính thức (từ ngày "
                    + DAY.format(recognitionDueOn) + ")", "Recognition as official is due (since "
                    + recognitionDueOn + ")");
            default -> null;
        };
    }
}
