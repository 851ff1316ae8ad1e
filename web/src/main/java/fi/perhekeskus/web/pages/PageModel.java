package fi.perhekeskus.web.pages;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fi.perhekeskus.access.ProfessionalAction;
import fi.perhekeskus.directory.Professional;
import fi.perhekeskus.directory.ProfessionalRepository;
import fi.perhekeskus.web.signin.SignedInProfessional;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout of every page shows (who is signed in, the same page in each language), and how
 * every page reads a form.
 */
@ControllerAdvice(annotations = PageController.class)
class PageModel {

    private final ProfessionalRepository directory;

    PageModel(ProfessionalRepository directory) {
        this.directory = directory;
    }

    /** A field left blank was not given: it is missing, not an empty text. */
    @InitBinder
    void blankIsMissing(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    /** Null on the sign-in page. */
    @ModelAttribute("me")
    Professional me(@AuthenticationPrincipal SignedInProfessional me) {
        return me == null ? null : directory.findById(me.professionalId()).orElse(null);
    }

    /** What the navigation offers by role alone (the table of {@link ProfessionalAction}); empty signed out. */
    @ModelAttribute("mayByRole")
    Set<String> mayByRole(@AuthenticationPrincipal SignedInProfessional me) {
        return me == null ? Set.of() : ProfessionalAction.offeredTo(me.role()).stream().map(Enum::name)
                .collect(Collectors.toSet());
    }

    /** The same for a page that shows an error, which no model attribute method reaches. */
    void addTo(ModelAndView page) {
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        var me = signedIn != null && signedIn.getPrincipal() instanceof SignedInProfessional professional
                ? professional : null;
        page.addObject("me", me(me));
        page.addObject("mayByRole", mayByRole(me));
        page.addObject("languages", languages());
    }

    /**
     * The same page in each language, as a link relative to the page itself ({@code ?status=OPEN&lang=sv}):
     * nothing of it comes from the request's Host, which a client chooses.
     */
    @ModelAttribute("languages")
    Map<String, String> languages() {
        var links = new LinkedHashMap<String, String>();
        String query = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest()
                .getQueryString();
        Languages.SUPPORTED.forEach(locale -> links.put(locale.getLanguage(),
                UriComponentsBuilder.newInstance().query(query).replaceQueryParam("lang", locale.getLanguage())
                        .build().toUriString()));
        return links;
    }
}
