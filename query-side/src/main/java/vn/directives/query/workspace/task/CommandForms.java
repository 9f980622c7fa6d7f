package vn.directives.query.workspace.task;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import vn.directives.query.infrastructure.web.ReadYourWrites;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Pages made of {@link CommandForm}s (the registration and account pages): draws every form of
 * the page, and on a submission forwards the form's command as the signed-in user; an accepted
 * command goes to the form's next page, a refused one draws the page again with the problem
 * document's messages beside the fields they name and in the error summary. Each form posts to
 * the page's own path with {@code ?form=<id>}.
 */
@Component
public class CommandForms {

    static final String VIEW = "forms/page";

    private final Forms forms;
    private final StepCommands commands;
    private final ReadYourWrites readYourWrites;

    CommandForms(Forms forms, StepCommands commands, ReadYourWrites readYourWrites) {
        this.forms = forms;
        this.commands = commands;
        this.readYourWrites = readYourWrites;
    }

    /** What the page says besides its forms: its title and lead (message keys) and what it lists. */
    public record PageText(String titleKey, String leadKey, String subject) {
    }

    /** The page with every form empty but for the values given. */
    public ModelAndView draw(String path, PageText text, List<CommandForm> page, Map<String, MultiValueMap<String, String>> values,
                             LocalDate on, Locale locale) {
        return draw(path, text, page, values, new Forms.Context(on, null, locale));
    }

    /** The same, with pickers narrowed by the context (the enterprise whose Party organizations are offered). */
    public ModelAndView draw(String path, PageText text, List<CommandForm> page, Map<String, MultiValueMap<String, String>> values,
                             Forms.Context context) {
        return render(path, text, page, null, values, Forms.none(), HttpStatus.OK, context, 0);
    }

    /**
     * The page of forms about one thing that has a version (a Party organization): each form carries the
     * version it was drawn at, sent back as {@code If-Match} (see {@link #submitVersioned}).
     */
    public ModelAndView drawVersioned(String path, PageText text, List<CommandForm> page,
                                      Map<String, MultiValueMap<String, String>> values, Forms.Context context,
                                      long version) {
        return render(path, text, page, null, values, Forms.none(), HttpStatus.OK, context, version);
    }

    /** Forwards the submitted form's command; the next page, or this one again with what was wrong. */
    public ModelAndView submit(String path, PageText text, List<CommandForm> page, String formId,
                               MultiValueMap<String, String> submitted, LocalDate on, Locale locale) {
        return submit(path, text, page, formId, submitted, new Forms.Context(on, null, locale));
    }

    /** The same, with pickers narrowed by the context. */
    public ModelAndView submit(String path, PageText text, List<CommandForm> page, String formId,
                               MultiValueMap<String, String> submitted, Forms.Context context) {
        return submit(path, text, page, formId, submitted, context, null);
    }

    /**
     * Forwards the submitted form's command with the version its page was drawn at ({@code If-Match}).
     * A page older than another change (412) is answered as the task pages answer it: once the read
     * models have passed that change, the page drawn again at the new version, the form open with what
     * was typed and the notice ({@code notice = "stale"}) that nothing was recorded.
     *
     * @param version the thing's version as the read models know it now
     */
    public ModelAndView submitVersioned(String path, PageText text, List<CommandForm> page, String formId,
                                        MultiValueMap<String, String> submitted, Forms.Context context,
                                        LongSupplier version) {
        return submit(path, text, page, formId, submitted, context, version);
    }

    private ModelAndView submit(String path, PageText text, List<CommandForm> page, String formId,
                                MultiValueMap<String, String> submitted, Forms.Context context, LongSupplier version) {
        Locale locale = context.locale();
        long drawnAt = version == null ? 0 : version.getAsLong();
        CommandForm form = page.stream().filter(candidate -> candidate.id().equals(formId)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No form " + formId));
        FormBody body = forms.read(form.fields(), submitted);
        if (!body.errors().isEmpty()) {
            return render(path, text, page, form, Map.of(form.id(), submitted),
                    forms.errors(form.fields(), null, body.errors(), locale), HttpStatus.BAD_REQUEST, context, drawnAt);
        }
        StepOutcome outcome = commands.send(form.commandPath(), body.json(),
                version == null ? null : submitted.getFirst("etag"), submitted.getFirst("idempotencyKey"));
        if (outcome.succeeded()) {
            return new ModelAndView("redirect:" + form.next().apply(outcome, body.json()));
        }
        if (outcome.stillRecording()) {
            // a second click while the first is still being recorded: the page shows what the first did
            return new ModelAndView("redirect:" + path);
        }
        if (outcome.stale() && version != null) {
            if (outcome.position() != null) {
                readYourWrites.await(outcome.position());
            }
            ModelAndView stale = render(path, text, page, form, Map.of(form.id(), submitted),
                    new Forms.Errors(Map.of(), List.of(), true), HttpStatus.PRECONDITION_FAILED, context,
                    version.getAsLong());
            stale.addObject("notice", "stale");
            return stale;
        }
        return render(path, text, page, form, Map.of(form.id(), submitted),
                forms.errors(form.fields(), outcome.problem(), Map.of(), locale), HttpStatus.valueOf(outcome.status()),
                context, drawnAt);
    }

    private ModelAndView render(String path, PageText text, List<CommandForm> page, CommandForm attempted,
                                Map<String, MultiValueMap<String, String>> values, Forms.Errors errors,
                                HttpStatus status, Forms.Context context, long version) {
        ModelAndView view = new ModelAndView(VIEW, status);
        List<FormView> drawn = page.stream().map(form -> forms.view(form.id(), form.labelKey(),
                path + "?form=" + form.id(), version, form.fields().stream().map(field -> field.in(form.id())).toList(), values.getOrDefault(form.id(), Forms.empty()),
                form == attempted ? errors : Forms.none(), context)).toList();
        view.addObject("text", text);
        view.addObject("forms", drawn);
        view.addObject("errorSummary", drawn.stream().filter(FormView::attempted).findFirst()
                .map(Forms::summary).orElse(List.of()));
        return view;
    }
}
