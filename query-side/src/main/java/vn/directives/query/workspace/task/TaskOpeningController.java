package vn.directives.query.workspace.task;

import vn.directives.platform.web.TaskKindCollection;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import vn.directives.events.task.TaskKind;
import vn.directives.query.taskboard.QueryParameters;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Opening a task of each kind ({@code /tasks/new?kind=surveys}): first the directive, whose points
 * fill the point picker, then the kind's form (units and members active today, known
 * enterprises). Only the Organization Committee opens tasks; the command side decides for good.
 */
@Controller
class TaskOpeningController {

    static final String VIEW = "tasks/new";

    private final Forms forms;
    private final Pickers pickers;
    private final StepCommands commands;

    TaskOpeningController(Forms forms, Pickers pickers, StepCommands commands) {
        this.forms = forms;
        this.pickers = pickers;
        this.commands = commands;
    }

    /**
     * The form, empty or filled in from the link that opened it: a query parameter named as one of
     * the kind's fields ({@code enterpriseTaxCode}, {@code task.title}) is its value, so that a list
     * (the derived work) opens the task in one click and the officer completes and sends it.
     */
    @GetMapping("/tasks/new")
    ModelAndView form(@RequestParam(required = false) String kind, @RequestParam(required = false) String directiveId,
                      @RequestParam MultiValueMap<String, String> query, Locale locale) {
        requireOrganizationCommittee();
        return render(kind, directiveId, prefilled(kind, query), Forms.none(), HttpStatus.OK, locale);
    }

    /** Only the kind's own fields; anything else a link carries is ignored. */
    private static MultiValueMap<String, String> prefilled(String kind, MultiValueMap<String, String> query) {
        MultiValueMap<String, String> values = Forms.empty();
        TaskKindCollection.named(kind).map(TaskKindCollection::kind).ifPresent(taskKind ->
                OpeningTable.fields(taskKind).stream().filter(field -> query.containsKey(field.name()))
                        .forEach(field -> values.put(field.name(), query.get(field.name()))));
        return values;
    }

    @PostMapping("/tasks/new")
    ModelAndView open(@RequestParam String kind, @RequestParam MultiValueMap<String, String> form, Locale locale) {
        TaskKind taskKind = kind(kind);
        List<FormField> fields = fieldsWithDirective(taskKind);
        FormBody body = forms.read(fields, form);
        String directiveId = form.getFirst(OpeningTable.DIRECTIVE);
        if (!body.errors().isEmpty()) {
            return render(kind, directiveId, form, forms.errors(fields, null, body.errors(), locale),
                    HttpStatus.BAD_REQUEST, locale);
        }
        StepOutcome outcome = commands.send("/api/" + kind, body.json(), null, form.getFirst("idempotencyKey"));
        if (outcome.succeeded()) {
            return new ModelAndView("redirect:/tasks/" + outcome.id(),
                    outcome.position() == null ? Map.of() : Map.of("position", outcome.position()));
        }
        return render(kind, directiveId, form, forms.errors(fields, outcome.problem(), Map.of(), locale),
                HttpStatus.valueOf(outcome.status()), locale);
    }

    private ModelAndView render(String kind, String directiveId, MultiValueMap<String, String> values,
                                Forms.Errors errors, HttpStatus status, Locale locale) {
        ModelAndView page = new ModelAndView(VIEW, status);
        page.addObject("kinds", java.util.Arrays.stream(TaskKindCollection.values()).map(TaskKindCollection::collection).toList());
        page.addObject("kind", kind);
        page.addObject("directives", pickers.directives());
        page.addObject("directiveId", directiveId);
        page.addObject("prefilled", prefilled(kind, values));
        if (kind == null || TaskKindCollection.named(kind).map(TaskKindCollection::kind).isEmpty() || directiveId == null
                || pickers.directive(directiveId).isEmpty()) {
            return page;
        }
        page.addObject("directive", pickers.directive(directiveId).orElseThrow());
        FormView form = forms.view("opening", "opening." + kind, "/tasks/new?kind=" + kind + "&" + OpeningTable.DIRECTIVE + "=" + directiveId, 0,
                OpeningTable.fields(kind(kind)), values, errors,
                new Forms.Context(QueryParameters.today(), directiveId, locale));
        page.addObject("form", form);
        page.addObject("errorSummary", Forms.summary(form));
        return page;
    }

    /** The fields read back: the form's, and the directive chosen before it. */
    private static List<FormField> fieldsWithDirective(TaskKind kind) {
        List<FormField> fields = new java.util.ArrayList<>(OpeningTable.fields(kind));
        fields.add(0, FormField.of(OpeningTable.DIRECTIVE, FieldType.TEXT).mandatory());
        return fields;
    }

    private static TaskKind kind(String collection) {
        return TaskKindCollection.named(collection).map(TaskKindCollection::kind)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No task kind " + collection));
    }

    private static void requireOrganizationCommittee() {
        if (!Actors.current().isOrganizationCommittee()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the Organization Committee opens tasks");
        }
    }
}
