package fi.perhekeskus.web.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import fi.perhekeskus.plan.api.PlanRuleViolation;
import fi.perhekeskus.web.problems.InvalidReference;
import fi.perhekeskus.web.problems.StaleVersion;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A form's round trip: shown, posted, and either done (back to where the reader came from, with a
 * note that it was saved) or shown again with what was entered and what was wrong: a field's error
 * beside the field, a broken rule of the plan above the form. The command's own checks decide;
 * the page only tells.
 */
@Component
public class FormPages {

    private final MessageSource messageSource;

    FormPages(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    public String show(Model model, Form form) {
        model.addAttribute("form", form);
        return "form";
    }

    /** What a form without fields binds: nothing, and so nothing can be wrong with it. */
    public static BindingResult noFields() {
        return new MapBindingResult(Map.of(), "form");
    }

    /**
     * @param form    the form as first shown: read again only if it has to be shown again
     * @param command the command, run only when the form's fields have the right shape
     * @param done    where to go once it is done
     */
    public String submit(Supplier<Form> form, BindingResult binding, Map<String, String[]> entered,
                         HttpServletResponse response, Model model, RedirectAttributes redirect, Runnable command,
                         String done) {
        return submit(form, binding, entered, response, model, redirect, () -> {
            command.run();
            return done;
        });
    }

    /** The same, where the command itself tells where to go next (a new case, or away from one left). */
    public String submit(Supplier<Form> form, BindingResult binding, Map<String, String[]> entered,
                         HttpServletResponse response, Model model, RedirectAttributes redirect,
                         Supplier<String> commandThenWhere) {
        if (binding.hasErrors()) {
            var errors = new LinkedHashMap<String, String>();
            binding.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(),
                    messageSource.getMessage(error, LocaleContextHolder.getLocale())));
            return again(form, entered, response, model, 400, errors, Form.Problem.of("form.invalid"));
        }
        String done;
        try {
            done = commandThenWhere.get();
        } catch (PlanRuleViolation violation) {
            return broken(form.get(), violation, List.of(), entered, response, model);
        } catch (ExplainedViolation explained) {
            return broken(form.get(), explained.violation(), explained.details(), entered, response, model);
        } catch (InvalidReference invalid) {
            return again(form, entered, response, model, 400,
                    Map.of(invalid.field(), messageSource.getMessage("form.notAvailable", null,
                            LocaleContextHolder.getLocale())), Form.Problem.of("form.invalid"));
        } catch (StaleVersion | ConflictingAggregateVersionException | ConcurrencyException changed) {
            return again(form, entered, response, model, 409, Map.of(), Form.Problem.of("form.changed"));
        }
        redirect.addFlashAttribute("done", "form.done");
        return "redirect:" + done;
    }

    private String again(Supplier<Form> form, Map<String, String[]> entered, HttpServletResponse response, Model model,
                         int status, Map<String, String> errors, Form.Problem problem) {
        response.setStatus(status);
        return show(model, form.get().entered(entered, errors, problem));
    }

    /** A broken rule, naming the need, member, action or consent it is about as the form's case names it. */
    private String broken(Form form, PlanRuleViolation violation, List<String> details, Map<String, String[]> entered,
                          HttpServletResponse response, Model model) {
        Form.Words item = form.about().names().get(violation.item());
        String subject = item == null ? null
                : messageSource.getMessage(item.key(), new Object[] {item.text()}, LocaleContextHolder.getLocale());
        response.setStatus(409);
        return show(model, form.entered(entered, Map.of(),
                new Form.Problem("rule." + violation.rule().name(), subject, details)));
    }
}
