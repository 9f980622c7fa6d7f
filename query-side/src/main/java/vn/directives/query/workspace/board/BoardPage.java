package vn.directives.query.workspace.board;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.directives.events.task.TaskKind;
import vn.directives.query.taskboard.BoardRequest;
import vn.directives.platform.web.RequestRefused;
import vn.directives.query.taskboard.TaskBoard;
import vn.directives.query.taskboard.TaskPage;
import vn.directives.query.workspace.FieldNames;
import vn.directives.query.workspace.Pickers;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The task board as a page: the API's filters, sorting and paging ({@link BoardRequest}) as a
 * form, names instead of ids, the deadline category as colour and words, and the filtered list
 * as an XLSX workbook. A bad filter is shown in an error summary linked to its field (status 400).
 */
@Controller
class BoardPage {

    static final int EXPORT_PAGE_SIZE = BoardRequest.MAX_SIZE;

    /** The filters' labels by parameter, to name them in a refusal as the form does. */
    private static final Map<String, String> FILTER_LABELS = Map.ofEntries(
            Map.entry("at", "common.at"), Map.entry("directiveId", "board.directive"),
            Map.entry("pointNumber", "board.pointNumber"), Map.entry("kind", "board.kind"),
            Map.entry("status", "board.status"), Map.entry("category", "board.category"),
            Map.entry("unitId", "board.unit"), Map.entry("assigneeId", "board.assignee"),
            Map.entry("dueFrom", "board.dueFrom"), Map.entry("dueTo", "board.dueTo"),
            Map.entry("sort", "board.sort"), Map.entry("direction", "board.direction"),
            Map.entry("size", "board.size"));

    private final TaskBoard board;
    private final BoardRows rows;
    private final Pickers pickers;
    private final BoardWorkbook workbook;
    private final MessageSource messages;

    BoardPage(TaskBoard board, BoardRows rows, Pickers pickers, BoardWorkbook workbook,
              MessageSource messages) {
        this.messages = messages;
        this.board = board;
        this.rows = rows;
        this.pickers = pickers;
        this.workbook = workbook;
    }

    @GetMapping("/tasks")
    String board(@ModelAttribute("filters") BoardRequest filters, Model model, HttpServletResponse response) {
        TaskPage page;
        try {
            page = board.page(filters);
        } catch (RequestRefused e) {
            response.setStatus(e.status().value());
            model.addAttribute("errorField", e.field());
            model.addAttribute("errorMessage", FieldNames.labelled(isEnglish() ? e.messageEn() : e.messageVi(),
                    name -> FILTER_LABELS.containsKey(name) ? messages.getMessage(FILTER_LABELS.get(name), null,
                            LocaleContextHolder.getLocale()) : null));
            page = board.page(new BoardRequest(null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null));
        }
        LocalDate at = page.at();
        model.addAttribute("page", page);
        model.addAttribute("result", page.page());
        model.addAttribute("rows", rows.of(page));
        model.addAttribute("previous", page.page().page() > 0 ? pageLink(page.page().page() - 1) : null);
        model.addAttribute("next", page.page().page() + 1 < page.page().totalPages() ? pageLink(page.page().page() + 1) : null);
        model.addAttribute("exportLink", ServletUriComponentsBuilder.fromCurrentRequest()
                .replacePath(ServletUriComponentsBuilder.fromCurrentRequest().build().getPath() + "/export")
                .replaceQueryParam("page").replaceQueryParam("size").build().toUriString());
        model.addAttribute("directives", pickers.directiveOptions());
        model.addAttribute("units", pickers.unitOptions(at));
        model.addAttribute("members", pickers.memberOptions(at));
        model.addAttribute("kinds", TaskKind.values());
        model.addAttribute("statuses", List.of("OPEN", "COMPLETED", "CANCELLED"));
        model.addAttribute("categories", List.of("DONE_ON_TIME", "DONE_LATE", "OPEN_WITHIN_DEADLINE",
                "OPEN_OVERDUE", "CANCELLED"));
        return "board/board";
    }

    /** Every task the filters select (all pages), as a workbook. */
    @GetMapping("/tasks/export")
    void export(@ModelAttribute BoardRequest filters, HttpServletResponse response) throws IOException {
        List<BoardRow> all = new ArrayList<>();
        TaskPage page;
        int number = 0;
        do {
            page = board.page(new BoardRequest(filters.at(), filters.directiveId(), filters.kind(), filters.status(),
                    filters.category(), filters.unitId(), filters.assigneeId(), filters.dueFrom(), filters.dueTo(),
                    String.valueOf(number), String.valueOf(EXPORT_PAGE_SIZE), filters.sort(), filters.direction(),
                    filters.pointNumber()));
            all.addAll(rows.of(page));
            number++;
        } while (number < page.page().totalPages());
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("nhiem-vu-" + page.at() + ".xlsx").build().toString());
        workbook.write(page.at(), all, response.getOutputStream());
    }

    private static boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
    }

    private static String pageLink(int page) {
        var uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build();
        return uri.getPath() + "?" + uri.getQuery();
    }
}
