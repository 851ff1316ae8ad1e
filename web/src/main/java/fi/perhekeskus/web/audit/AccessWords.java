package fi.perhekeskus.web.audit;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What an access-log row's view or command was, in the reader's words: the log keeps the method and
 * path pattern ({@code POST /cases/{caseId}/needs}), which a supervisor should not have to read.
 * The API's and the pages' paths for the same thing are told alike.
 */
@Component
class AccessWords {

    private final MessageSource messages;

    AccessWords(MessageSource messageSource) {
        this.messages = messageSource;
    }

    String of(AccessLogReview.Entry entry) {
        return of(entry.view());
    }

    /** {@code GET /api/v1/cases/{caseId}} and {@code GET /cases/{caseId}} are both {@code access.view.GET.cases._}. */
    String of(String view) {
        String[] methodAndPath = view.split(" ", 2);
        String method = methodAndPath[0].toUpperCase(Locale.ROOT);
        String path = methodAndPath.length < 2 ? "" : methodAndPath[1].replaceFirst("^/api/v1", "");
        String key = "access.view." + method + path.replaceAll("\\{[^}/]*}", "_").replace('/', '.');
        String otherwise = messages.getMessage("GET".equals(method) ? "access.view.otherRead" : "access.view.otherChange",
                null, LocaleContextHolder.getLocale());
        return messages.getMessage(key, null, otherwise, LocaleContextHolder.getLocale());
    }
}
