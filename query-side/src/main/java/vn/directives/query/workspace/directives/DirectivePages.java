package vn.directives.query.workspace.directives;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.directives.query.directive.DirectiveSummary;
import vn.directives.query.directive.DirectiveSummaryRepository;
import vn.directives.query.directive.DirectiveView;
import vn.directives.query.taskboard.BoardRequest;
import vn.directives.query.taskboard.QueryParameters;
import vn.directives.query.taskboard.TaskBoard;
import vn.directives.query.taskboard.TaskPage;
import vn.directives.query.names.Names;
import vn.directives.query.workspace.PageNotFound;
import vn.directives.query.workspace.board.BoardRow;
import vn.directives.query.workspace.board.BoardRows;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The directives, newest first, and one directive's page with its tasks grouped by point. */
@Controller
class DirectivePages {

    private final DirectiveSummaryRepository directives;
    private final TaskBoard board;
    private final BoardRows rows;
    private final Names names;

    DirectivePages(DirectiveSummaryRepository directives, TaskBoard board, BoardRows rows, Names names) {
        this.directives = directives;
        this.board = board;
        this.rows = rows;
        this.names = names;
    }

    @GetMapping("/directives")
    String list(Model model) {
        List<DirectiveView> all = directives.findAll(Sort.by("issuedOn").descending()).stream()
                .map(DirectiveSummary::toView).toList();
        model.addAttribute("directives", all);
        return "directives/list";
    }

    @GetMapping("/directives/{id}")
    String one(@PathVariable String id, Model model) {
        DirectiveView directive = directives.findById(id).map(DirectiveSummary::toView)
                .orElseThrow(() -> new PageNotFound("directive"));
        TaskPage tasks = board.page(new BoardRequest(null, id, null, null, null, null, null, null, null, "0",
                String.valueOf(BoardRequest.MAX_SIZE), "dueDate", "asc", null));
        Map<Integer, List<BoardRow>> byPoint = new TreeMap<>(rows.of(tasks).stream()
                .collect(Collectors.groupingBy(BoardRow::pointNumber)));
        model.addAttribute("directive", directive);
        model.addAttribute("leadUnit", names.units(List.of(directive.leadUnitId()), QueryParameters.today())
                .getOrDefault(directive.leadUnitId(), directive.leadUnitId()));
        model.addAttribute("tasks", tasks.page());
        model.addAttribute("byPoint", byPoint);
        return "directives/one";
    }
}
