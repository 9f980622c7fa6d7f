package vn.directives.query.report;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.directives.events.report.ReportBasis;
import vn.directives.platform.web.RequestRefused;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Report drafts read from their streams, and their documents: the figures of the draft's period
 * folded at its history position, beside the same period of the previous year, with the
 * committee's words, in JSON, DOCX, XLSX and PDF. An issued report's files are the bytes kept
 * when it was issued, never rendered again.
 */
@Component
public class ReportDrafts {

    /** The formats of a document, as the files' path names them. */
    public static final List<String> FORMATS = List.of("json", "docx", "xlsx", "pdf");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DataSource dataSource;
    private final DraftStream streams;
    private final YearlyReports reports;
    private final Letterhead letterhead;
    private final PdfFonts fonts;

    ReportDrafts(DataSource dataSource, YearlyReports reports, Letterhead letterhead, PdfFonts fonts) {
        this.dataSource = dataSource;
        this.streams = new DraftStream(dataSource);
        this.reports = reports;
        this.letterhead = letterhead;
        this.fonts = fonts;
    }

    /** The draft at {@code version} (the latest when null); 404 when there is none, 409 past its latest version. */
    public DraftView view(String draftId, Long version) {
        List<DraftStream.Entry> entries = streams.read(draftId, null);
        if (entries.isEmpty()) {
            throw RequestRefused.notFound("Không có dự thảo báo cáo " + draftId + ".",
                    "There is no report draft " + draftId + ".");
        }
        if (version != null && version > entries.get(entries.size() - 1).version()) {
            throw new RequestRefused(HttpStatus.CONFLICT, "unknown-version", "version",
                    "Dự thảo chưa có phiên bản " + version + ".", "The draft has no version " + version + " yet.");
        }
        return DraftView.of(version == null ? entries
                : entries.stream().filter(e -> e.version() <= version).toList());
    }

    /** Every draft, of one directive when given, newest first. */
    public List<DraftView> list(String directiveId) {
        List<DraftView> drafts = new ArrayList<>();
        for (String id : streams.ids()) {
            List<DraftStream.Entry> entries = streams.read(id, null);
            if (!entries.isEmpty()) {
                DraftView view = DraftView.of(entries);
                if (directiveId == null || directiveId.equals(view.directiveId())) {
                    drafts.add(0, view);
                }
            }
        }
        return drafts;
    }

    /** The document of a draft as it stands at its view, with the number and date it bears (or will). */
    public DraftDocument document(DraftView draft, String number, LocalDate issuedOn) {
        return assemble(draft, number, issuedOn).document();
    }

    /** The draft's document in one format; an issued report's kept bytes when it is asked for as issued. */
    public byte[] file(String draftId, String format, Long version, String number, LocalDate issuedOn) {
        DraftView draft = view(draftId, version);
        if (draft.issued() != null) {
            return kept(draftId, format).orElseThrow();
        }
        return render(assemble(draft, number, issuedOn), format, number, issuedOn);
    }

    private byte[] render(Assembled assembled, String format, String number, LocalDate issuedOn) {
        return switch (format) {
            case "json" -> JSON.writeValueAsBytes(assembled.document());
            case "docx" -> ReportDocument.of(assembled.figures(), assembled.wording(), letterhead, number, issuedOn);
            case "xlsx" -> ReportWorkbook.of(assembled.figures(), assembled.wording().previous(),
                    List.of(assembled.wording().comparison(), narrativeTable(assembled.document())));
            default -> ReportPdf.of(assembled.figures(), assembled.wording(), letterhead, fonts, number, issuedOn);
        };
    }

    /** The issued file whose SHA-256 this is, if any: the draft and the format. */
    public Optional<IssuedFile> issuedWithHash(String sha256) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT draft_id, format FROM events.issued_report_file WHERE sha256 = ? ORDER BY format")) {
            statement.setString(1, sha256);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new IssuedFile(row.getString(1), row.getString(2), sha256))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the issued reports", e);
        }
    }

    /** One kept file of an issued report. */
    public record IssuedFile(String draftId, String format, String sha256) {
    }

    private Optional<byte[]> kept(String draftId, String format) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT content FROM events.issued_report_file WHERE draft_id = ? AND format = ?")) {
            statement.setString(1, draftId);
            statement.setString(2, format);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the issued reports", e);
        }
    }

    private record Assembled(YearlyReport figures, Wording wording, DraftDocument document) {
    }

    /**
     * The figures of a period on the latest history, beside the same period a year earlier, before
     * any draft exists (the workspace's preview); on the corrected basis its {@code differences}
     * are the figures that differ from the report as recorded.
     */
    public DraftDocument preview(String directiveId, LocalDate from, LocalDate to, ReportBasis basis) {
        DraftView draft = new DraftView("", 0, "DRAFT", DraftView.statusLabel("DRAFT"), directiveId, from, to,
                basis.name(), 0, List.of(), List.of(), "", "TRƯỞNG BAN", "", List.of(), List.of(), null);
        return assemble(draft, null, null, null).document();
    }

    /**
     * A draft's document in one format as the committee would issue it, every narrative section
     * written, without a draft in the store: what the benchmark measures (the fold of the latest
     * history with the previous year, and the rendering). Default letterhead and fonts.
     */
    public static byte[] measuredDocument(DataSource dataSource, String directiveId, LocalDate from, LocalDate to,
                                          ReportBasis basis, String sectionText, String format) {
        Letterhead letterhead = new Letterhead("TỈNH ỦY THÁI NGUYÊN", "BAN TỔ CHỨC", "Ban Tổ chức Tỉnh ủy", "BC/BTCTU",
                "Thái Nguyên");
        ReportDrafts drafts = new ReportDrafts(dataSource, new YearlyReports(dataSource), letterhead,
                "pdf".equals(format) ? new PdfFonts("/usr/share/fonts/truetype/noto") : null);
        List<DraftView.SectionText> sections = DraftView.HEADINGS.entrySet().stream()
                .map(e -> new DraftView.SectionText(e.getKey().name(), e.getValue(), sectionText)).toList();
        DraftView draft = new DraftView("do-luong", 1, "DRAFT", DraftView.statusLabel("DRAFT"), directiveId, from, to,
                basis.name(), 0, sections, List.of("Ban Thường vụ Tỉnh ủy (để báo cáo),", "Lưu Ban Tổ chức Tỉnh ủy."),
                "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn An", List.of(), List.of(), null);
        return drafts.render(drafts.assemble(draft, null, "126", to.plusDays(5)), format, "126", to.plusDays(5));
    }

    private Assembled assemble(DraftView draft, String number, LocalDate issuedOn) {
        return assemble(draft, draft.figuresPosition(), number, issuedOn);
    }

    private Assembled assemble(DraftView draft, Long position, String number, LocalDate issuedOn) {
        YearlyReports.PeriodFigures figures = reports.figures(draft.directiveId(), draft.from(), draft.to(),
                ReportBasis.valueOf(draft.basis()), position, true);
        YearlyReport report = figures.current();
        PeriodTitle title = PeriodTitle.of(draft.from(), draft.to(), report.directive());
        ReportTable comparison = PreviousYear.table(report, figures.previous());
        List<Wording.Narrative> narrative = draft.sections().stream()
                .map(s -> new Wording.Narrative(s.heading(), s.text())).toList();
        List<String> recipients = draft.recipients().isEmpty()
                ? Wording.yearly(report, letterhead).recipients() : draft.recipients();
        Wording wording = new Wording(title.titleLine(), title.phrase(), narrative, recipients,
                draft.signatureForm(), draft.signatoryTitle(), draft.signatoryName(), comparison, figures.previous());
        DraftDocument document = new DraftDocument(draft.id(), draft.version(), draft.status(),
                new DraftDocument.Header(letterhead.superiorBody(), letterhead.issuingBody(),
                        letterhead.issuingBodyName(), letterhead.numberSuffix(), letterhead.place()),
                number, issuedOn, title.kind(), "Báo cáo " + title.titleLine(), report,
                DraftDocument.comparisons(comparison), DraftDocument.points(report, figures.previous()),
                DraftDocument.comparisons(SectorTables.totals(report, figures.previous())), draft.sections(), recipients,
                new DraftDocument.Signature(wording.signatureForm(), wording.signatoryTitle(),
                        wording.signatoryName()));
        return new Assembled(report, wording, document);
    }

    private static ReportTable narrativeTable(DraftDocument document) {
        List<List<Object>> rows = new ArrayList<>();
        for (DraftView.SectionText section : document.narrative()) {
            rows.add(List.of(section.heading(), section.text()));
        }
        return new ReportTable("Nội dung báo cáo", document.title(), List.of("Mục", "Nội dung"), rows);
    }
}
