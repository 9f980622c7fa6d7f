package vn.directives.query.report;

import vn.directives.events.report.DraftSection;
import vn.directives.events.report.ReportDraftAddressed;
import vn.directives.events.report.ReportDraftApproved;
import vn.directives.events.report.ReportDraftCreated;
import vn.directives.events.report.ReportDraftEvent;
import vn.directives.events.report.ReportDraftFiguresRefreshed;
import vn.directives.events.report.ReportDraftIssued;
import vn.directives.events.report.ReportDraftReturned;
import vn.directives.events.report.ReportDraftSectionWritten;
import vn.directives.events.report.ReportDraftSubmitted;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report draft as it stands at a version, folded from its stream: period, basis and the history
 * position of its figures, the committee's sections, recipients and signatory, the reviewers'
 * comments, every edit with who and when, and, once issued, its number and the hashes of each
 * issued format. {@code version} is the ETag for {@code If-Match}.
 */
public record DraftView(String id, long version, String status, String statusLabel, String directiveId,
                        LocalDate from, LocalDate to, String basis, long figuresPosition,
                        List<SectionText> sections, List<String> recipients, String signatureForm,
                        String signatoryTitle, String signatoryName, List<Note> comments, List<Edit> history,
                        Issued issued) {

    /** A narrative section with its heading as the document prints it. */
    public record SectionText(String section, String heading, String text) {
    }

    /** A reviewer's comments when returning the draft. */
    public record Note(String comments, LocalDate on, String by) {
    }

    /** One change of the draft: what, the day the user gave, who, and when it was recorded. */
    public record Edit(long version, String what, LocalDate on, String by, Instant recordedAt) {
    }

    /** The issue: the number (Số 125-BC/BTCTU), date, who, and the SHA-256 of each format. */
    public record Issued(String number, String numberSuffix, LocalDate issuedOn, String by,
                         Map<String, String> sha256) {
    }

    static final Map<DraftSection, String> HEADINGS = headings();

    private static Map<DraftSection, String> headings() {
        Map<DraftSection, String> headings = new EnumMap<>(DraftSection.class);
        headings.put(DraftSection.HIGHLIGHTS, "KẾT QUẢ NỔI BẬT");
        headings.put(DraftSection.LIMITATIONS, "HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN");
        headings.put(DraftSection.LESSONS, "BÀI HỌC KINH NGHIỆM");
        headings.put(DraftSection.DIRECTION, "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI");
        headings.put(DraftSection.RECOMMENDATIONS, "KIẾN NGHỊ, ĐỀ XUẤT");
        return headings;
    }

    /** Folds a stream (non-empty, starting with its creation). */
    static DraftView of(List<DraftStream.Entry> entries) {
        ReportDraftCreated created = (ReportDraftCreated) entries.get(0).event();
        long position = created.figuresPosition();
        String status = "DRAFT";
        Map<DraftSection, String> texts = new EnumMap<>(DraftSection.class);
        ReportDraftAddressed addressed = null;
        List<Note> comments = new ArrayList<>();
        List<Edit> history = new ArrayList<>();
        Issued issued = null;
        for (DraftStream.Entry entry : entries) {
            ReportDraftEvent event = entry.event();
            String what;
            LocalDate on;
            String by;
            if (event instanceof ReportDraftCreated e) {
                what = "Tạo dự thảo";
                on = e.createdOn();
                by = e.createdBy();
            } else if (event instanceof ReportDraftFiguresRefreshed e) {
                position = e.figuresPosition();
                what = "Cập nhật số liệu";
                on = e.refreshedOn();
                by = e.refreshedBy();
            } else if (event instanceof ReportDraftSectionWritten e) {
                texts.put(e.section(), e.text());
                what = "Sửa mục " + HEADINGS.get(e.section()).toLowerCase();
                on = e.writtenOn();
                by = e.writtenBy();
            } else if (event instanceof ReportDraftAddressed e) {
                addressed = e;
                what = "Sửa nơi nhận và người ký";
                on = e.addressedOn();
                by = e.addressedBy();
            } else if (event instanceof ReportDraftSubmitted e) {
                status = "SUBMITTED";
                what = "Gửi duyệt";
                on = e.submittedOn();
                by = e.submittedBy();
            } else if (event instanceof ReportDraftReturned e) {
                status = "DRAFT";
                comments.add(new Note(e.comments(), e.returnedOn(), e.returnedBy()));
                what = "Trả lại để chỉnh sửa";
                on = e.returnedOn();
                by = e.returnedBy();
            } else if (event instanceof ReportDraftApproved e) {
                status = "APPROVED";
                what = "Duyệt";
                on = e.approvedOn();
                by = e.approvedBy();
            } else {
                ReportDraftIssued e = (ReportDraftIssued) event;
                status = "ISSUED";
                Map<String, String> hashes = new LinkedHashMap<>();
                hashes.put("json", e.jsonSha256());
                hashes.put("docx", e.docxSha256());
                hashes.put("xlsx", e.xlsxSha256());
                hashes.put("pdf", e.pdfSha256());
                issued = new Issued(e.number(), e.numberSuffix(), e.issuedOn(), e.issuedBy(), hashes);
                what = "Ban hành số " + e.number() + "-" + e.numberSuffix();
                on = e.issuedOn();
                by = e.issuedBy();
            }
            history.add(new Edit(entry.version(), what, on, by, Instant.ofEpochMilli(entry.recordedAtMillis())));
        }
        List<SectionText> sections = new ArrayList<>();
        for (DraftSection section : DraftSection.values()) {
            sections.add(new SectionText(section.name(), HEADINGS.get(section), texts.getOrDefault(section, "")));
        }
        return new DraftView(created.draftId(), entries.get(entries.size() - 1).version(), status,
                statusLabel(status), created.directiveId(), created.periodFrom(), created.periodTo(),
                created.basis().name(), position, sections,
                addressed == null ? List.of() : addressed.recipients(),
                addressed == null ? "" : addressed.signatureForm(),
                addressed == null ? "TRƯỞNG BAN" : addressed.signatoryTitle(),
                addressed == null ? "" : addressed.signatoryName(), comments, history, issued);
    }

    static String statusLabel(String status) {
        return switch (status) {
            case "DRAFT" -> "Dự thảo";
            case "SUBMITTED" -> "Chờ duyệt";
            case "APPROVED" -> "Đã duyệt";
            default -> "Đã ban hành";
        };
    }
}
