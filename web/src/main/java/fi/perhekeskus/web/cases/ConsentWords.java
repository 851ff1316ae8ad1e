package fi.perhekeskus.web.cases;

import java.util.ArrayList;
import java.util.List;

import fi.perhekeskus.caseview.Preview;
import fi.perhekeskus.web.pages.PageDates;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Why a need would not be shared with a specialist, in the reader's language: the plan's consent rule
 * decides ({@link Preview}); this only says it, for the preview and for a refused invitation alike.
 * Templates use it as {@code @consentWords}.
 */
@Component("consentWords")
public class ConsentWords {

    private final MessageSource messages;
    private final PageDates dates;

    ConsentWords(MessageSource messageSource, PageDates dates) {
        this.messages = messageSource;
        this.dates = dates;
    }

    /** Every reason the need is not shared; empty when it is. */
    public List<String> whyNot(Preview.NeedSharing need) {
        var reasons = new ArrayList<String>();
        if (need.notAgreed()) {
            reasons.add(text("sharing.notAgreed", words("enum.NeedStatus." + need.status())));
        }
        need.parts().stream().filter(part -> !part.covered()).forEach(part -> reasons.add(of(part)));
        return reasons;
    }

    private String of(Preview.MemberPart part) {
        return switch (part.verdict()) {
            case CONSENT_MISSING -> part.lastValidDay() == null
                    ? text("sharing.missing", part.displayName())
                    : text("sharing.ended", part.displayName(), dates.date(part.lastValidDay()));
            case CONSENT_REFUSED -> text("sharing.refused", part.displayName());
            case CHILD_REFUSED -> text("sharing.childRefused", part.displayName());
            case COVERED -> text("sharing.covered", part.displayName());
        };
    }

    private String words(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
