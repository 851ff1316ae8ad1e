package fi.perhekeskus.audit.disclosure;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The disclosure report as a PDF the family can be given: a table of who received which of their
 * needs, when and on which consent. In Finnish, the language the family is served in; times in the
 * deployment's zone.
 */
@Component
public class DisclosureReportPdf {

    private static final String[] COLUMNS = {"Aika", "Vastaanottaja", "Tarpeet", "Keitä koskee", "Suostumus"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final ZoneId zone;

    DisclosureReportPdf(@Value("${familycentre.consent.zone}") ZoneId zone) {
        this.zone = zone;
    }

    public byte[] render(DisclosureReport report) {
        var pdf = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate());
        PdfWriter.getInstance(document, pdf);
        document.open();
        document.add(new Paragraph("Tietojen luovutukset", FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16)));
        document.add(new Paragraph("Kenelle perheen tietoja on luovutettu ja millä perusteella, "
                + DAY.format(report.from().atZone(zone)) + " – " + DAY.format(report.to().atZone(zone))));
        document.add(new Paragraph(" "));
        var table = new PdfPTable(COLUMNS.length);
        table.setWidthPercentage(100);
        Font header = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
        for (String column : COLUMNS) {
            table.addCell(new Paragraph(column, header));
        }
        Font cell = FontFactory.getFont(FontFactory.HELVETICA, 9);
        for (DisclosureReport.Disclosed disclosed : report.disclosures()) {
            table.addCell(new Paragraph(TIME.format(disclosed.at().atZone(zone)), cell));
            table.addCell(new Paragraph(name(disclosed.recipient()), cell));
            table.addCell(new Paragraph(names(disclosed.needs()), cell));
            table.addCell(new Paragraph(names(disclosed.members()), cell));
            table.addCell(new Paragraph(disclosed.consents().stream()
                    .map(consent -> name(consent.givenBy()) + ": " + (consent.purpose() == null ? "" : consent.purpose()))
                    .collect(Collectors.joining("\n")), cell));
        }
        if (report.disclosures().isEmpty()) {
            document.add(new Paragraph("Ei luovutuksia tällä ajanjaksolla."));
        } else {
            document.add(table);
        }
        document.close();
        return pdf.toByteArray();
    }

    private static String names(List<DisclosureReport.Named> named) {
        return named.stream().map(DisclosureReportPdf::name).collect(Collectors.joining("\n"));
    }

    private static String name(DisclosureReport.Named named) {
        return named.name() == null ? named.id().toString() : named.name();
    }
}
