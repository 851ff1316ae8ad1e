package fi.perhekeskus.audit.disclosure;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The disclosure report as a PDF to hand to the family, in Finnish, Swedish or English: whose report
 * it is, the family centre's unit, the key worker and how to reach them, the next review, who
 * received which of the family's needs, when, and on whose consent or which provision of law, and the
 * family's rights. A
 * tagged PDF (PDF/UA), so that it reads aloud as it reads on paper; times in the deployment's zone.
 */
@Component
public class DisclosureReportPdf {

    /** The languages the report is written in; any other gets Finnish. */
    public static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");

    private final ZoneId zone;
    private final MessageSource texts;

    DisclosureReportPdf(@Value("${familycentre.consent.zone}") ZoneId zone) {
        this.zone = zone;
        var bundle = new ResourceBundleMessageSource();
        bundle.setBasename("disclosure/report");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        bundle.setDefaultLocale(Locale.forLanguageTag("fi"));
        this.texts = bundle;
    }

    /** The language the report will be written in, for a language asked for. */
    public static String languageFor(Locale asked) {
        return asked != null && LANGUAGES.contains(asked.getLanguage()) ? asked.getLanguage() : "fi";
    }

    public byte[] render(DisclosureReport report, Locale asked) {
        Locale locale = Locale.forLanguageTag(languageFor(asked));
        var words = new Words(texts, locale, zone);
        DisclosureReport.Whose whose = report.whose();
        String forWhom = whose.member() == null ? words.text("family", String.join(", ", whose.family()))
                : words.text("member", whose.member().name(), String.join(", ", whose.family()));
        try (var pdf = new TaggedPdf(locale.getLanguage(), words.text("title") + " \u2013 " + forWhom)) {
            pdf.heading(1, words.text("title"));
            pdf.paragraph(forWhom);
            pdf.paragraph(words.text("period", words.day(report.from()), words.day(report.to())));
            if (whose.unit() != null) {
                pdf.paragraph(words.text("unit", whose.unit()));
            }
            if (whose.keyWorker() != null) {
                pdf.paragraph(words.text("keyWorker", whose.keyWorker().name()));
                String reach = words.reach(whose.keyWorker());
                if (!reach.isEmpty()) {
                    pdf.paragraph(reach);
                }
            }
            pdf.paragraph(whose.nextReviewOn() == null ? words.text("noNextReview")
                    : words.text("nextReview", words.day(whose.nextReviewOn())));

            pdf.heading(2, words.text("disclosures"));
            pdf.paragraph(words.text("disclosures.explain"));
            if (report.disclosures().isEmpty()) {
                pdf.paragraph(words.text("none"));
            }
            for (DisclosureReport.Disclosed disclosed : report.disclosures()) {
                pdf.heading(3, words.time(disclosed.at()) + ": " + words.name(disclosed.recipient()));
                pdf.paragraph(words.text("what." + disclosed.what()));
                if (!disclosed.needs().isEmpty()) {
                    pdf.paragraph(words.text("needs", words.names(disclosed.needs())));
                }
                pdf.paragraph(words.text("concerns", words.names(disclosed.members())));
                if (disclosed.told() != null) {
                    pdf.paragraph(words.text("told", disclosed.told()));
                }
                if (disclosed.legalBasis() != null) {
                    pdf.paragraph(words.text("legal", words.text("legal." + disclosed.legalBasis(),
                            disclosed.provision() == null ? "" : disclosed.provision())));
                } else {
                    pdf.paragraph(words.text("basis", disclosed.consents().stream()
                            .map(consent -> words.text("consent", words.name(consent.givenBy()),
                                    consent.purpose() == null ? "" : consent.purpose()))
                            .collect(Collectors.joining("; "))));
                }
            }

            pdf.heading(2, words.text("rights"));
            pdf.paragraph(words.text("rights.know"));
            pdf.paragraph(words.text("rights.correct"));
            pdf.paragraph(words.text("rights.complain"));
            return pdf.bytes();
        }
    }

    /**
     * A readable file name, as the family would save it: the report's word, whose it is and the day,
     * in letters every file system takes ({@code luovutukset-anna-2026-12-03.pdf}).
     */
    public String fileName(DisclosureReport report, Locale asked) {
        Locale locale = Locale.forLanguageTag(languageFor(asked));
        String whose = report.whose().member() == null ? String.join("-", report.whose().family())
                : report.whose().member().name();
        String day = DateTimeFormatter.ISO_LOCAL_DATE.format(report.to().atZone(zone));
        return slug(texts.getMessage("file", null, locale) + "-" + whose) + "-" + day + ".pdf";
    }

    private static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() > 80 ? slug.substring(0, 80) : slug;
    }

    /** The report's texts in one language, and its dates and names as that language writes them. */
    private record Words(MessageSource texts, Locale locale, ZoneId zone) {

        String text(String key, Object... arguments) {
            return texts.getMessage(key, arguments.length == 0 ? null : arguments, locale);
        }

        String day(TemporalAccessor day) {
            return DateTimeFormatter.ofPattern(text("format.date"), locale).format(day instanceof Instant at
                    ? at.atZone(zone) : day);
        }

        String time(Instant at) {
            return DateTimeFormatter.ofPattern(text("format.datetime"), locale).format(at.atZone(zone));
        }

        String name(DisclosureReport.Named named) {
            return named == null || named.name() == null ? text("unknown") : named.name();
        }

        String names(List<DisclosureReport.Named> named) {
            return named.stream().map(this::name).collect(Collectors.joining(", "));
        }

        String reach(DisclosureReport.Contact contact) {
            if (contact.phone() != null && contact.email() != null) {
                return text("reach.both", contact.phone(), contact.email());
            }
            if (contact.phone() != null || contact.email() != null) {
                return text("reach.one", contact.phone() != null ? contact.phone() : contact.email());
            }
            return "";
        }
    }
}
