package fi.perhekeskus.web.cases;

import java.util.List;
import java.util.UUID;

import fi.perhekeskus.web.pages.Form;
import fi.perhekeskus.web.pages.FormPages;
import fi.perhekeskus.web.pages.PageController;
import fi.perhekeskus.web.signin.SignedInProfessional;
import fi.perhekeskus.web.commands.RequestContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A specialist's invitation inbox: the needs they are asked to join for, and their answer. */
@PageController
class InvitationPages {

    private final CaseLists lists;
    private final CasePlanCommands commands;
    private final FormPages forms;

    InvitationPages(CaseLists lists, CasePlanCommands commands, FormPages forms) {
        this.lists = lists;
        this.commands = commands;
        this.forms = forms;
    }

    @GetMapping("/invitations")
    String inbox(@AuthenticationPrincipal SignedInProfessional me, RequestContext request, Model model) {
        model.addAttribute("invitations", lists.invitations(0, 100, me, request));
        return "invitations";
    }

    /** Accepted, the specialist goes on to their cases, this one among them. */
    @PostMapping("/invitations/{invitationId}/acceptance")
    String accept(@PathVariable UUID invitationId, @AuthenticationPrincipal SignedInProfessional me,
                  RequestContext request, HttpServletRequest http, HttpServletResponse response, Model model,
                  RedirectAttributes redirect) {
        return forms.submit(() -> new Form("form.accept", "/invitations/" + invitationId + "/acceptance", List.of(),
                        Form.About.nothingYet("/invitations")), FormPages.noFields(), http.getParameterMap(), response, model, redirect,
                () -> commands.accept(invitationId, me, request), "/cases");
    }

    /** Only for the invited specialist while the invitation waits: to anyone else it does not exist (404). */
    @GetMapping("/invitations/{invitationId}/decline")
    String declineForm(@PathVariable UUID invitationId, @AuthenticationPrincipal SignedInProfessional me,
                       RequestContext request, Model model) {
        commands.caseOf(invitationId, me, request);
        return forms.show(model, declineForm(invitationId));
    }

    @PostMapping("/invitations/{invitationId}/decline")
    String decline(@PathVariable UUID invitationId, @Valid CaseRequests.RequiredReason body, BindingResult binding,
                   @AuthenticationPrincipal SignedInProfessional me, RequestContext request, HttpServletRequest http,
                   HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return forms.submit(() -> declineForm(invitationId), binding, http.getParameterMap(), response, model, redirect,
                () -> commands.decline(invitationId, body, me, request), "/invitations");
    }

    private static Form declineForm(UUID invitationId) {
        return new Form("form.decline", "/invitations/" + invitationId + "/decline",
                List.of(Form.field("reason", Form.Kind.TEXTAREA, true)), Form.About.nothingYet("/invitations"));
    }
}
