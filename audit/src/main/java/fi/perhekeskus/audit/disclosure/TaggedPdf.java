package fi.perhekeskus.audit.disclosure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A tagged PDF (PDF/UA-1) of headings and paragraphs, laid out top to bottom on A4 pages: every
 * piece of text is marked content belonging to a structure element in reading order, the document
 * states its language and title, and its fonts are embedded, so that a screen reader reads it as
 * the family would read it on paper.
 */
final class TaggedPdf implements AutoCloseable {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final PDStructureElement root;
    private final List<COSArray> parentsByPage = new ArrayList<>();
    private PDPage page;
    private PDPageContentStream content;
    private float y;
    private int nextMcid;

    TaggedPdf(String language, String title) {
        regular = font("/liberation/LiberationSans-Regular.ttf");
        bold = font("/liberation/LiberationSans-Bold.ttf");
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(language);
        var markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        var viewer = new PDViewerPreferences(new COSDictionary());
        viewer.setDisplayDocTitle(true);
        catalog.setViewerPreferences(viewer);
        document.getDocumentInformation().setTitle(title);
        catalog.setMetadata(metadata(title, language));
        var tree = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(tree);
        root = new PDStructureElement(StandardStructureTypes.DOCUMENT, tree);
        root.setLanguage(language);
        tree.appendKid(root);
        newPage();
    }

    void heading(int level, String text) {
        float size = level == 1 ? 18 : level == 2 ? 14 : 12;
        space(level == 1 ? 0 : 10);
        block(level == 1 ? StandardStructureTypes.H1 : level == 2 ? StandardStructureTypes.H2 : StandardStructureTypes.H3,
                text, bold, size);
    }

    void paragraph(String text) {
        block(StandardStructureTypes.P, text, regular, 10.5f);
    }

    void space(float points) {
        y -= points;
    }

    byte[] bytes() {
        try {
            content.close();
            var tree = document.getDocumentCatalog().getStructureTreeRoot();
            var parents = new PDNumberTreeNode(COSArray.class);
            var numbers = new LinkedHashMap<Integer, COSObjectable>();
            for (int index = 0; index < parentsByPage.size(); index++) {
                COSArray elements = parentsByPage.get(index);
                numbers.put(index, () -> elements);
            }
            parents.setNumbers(numbers);
            tree.setParentTree(parents);
            tree.setParentTreeNextKey(parentsByPage.size());
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException cannotWrite) {
            throw new UncheckedIOException(cannotWrite);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException cannotClose) {
            throw new UncheckedIOException(cannotClose);
        }
    }

    /** One structure element of the given type holding the text, wrapped to the page's width. */
    private void block(String type, String text, PDType0Font font, float size) {
        float leading = size * 1.35f;
        List<String> lines = wrap(text, font, size);
        PDStructureElement element = null;
        for (String line : lines) {
            if (y - leading < MARGIN || element == null) {
                if (y - leading < MARGIN) {
                    newPage();
                }
                element = new PDStructureElement(type, root);
                element.setPage(page);
                root.appendKid(element);
            }
            y -= leading;
            int mcid = nextMcid++;
            var properties = new COSDictionary();
            properties.setInt(COSName.MCID, mcid);
            try {
                content.beginMarkedContent(COSName.getPDFName(type),
                        PDPropertyList.create(properties));
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN, y);
                content.showText(line);
                content.endText();
                content.endMarkedContent();
            } catch (IOException cannotWrite) {
                throw new UncheckedIOException(cannotWrite);
            }
            element.appendKid(new PDMarkedContent(COSName.getPDFName(type), properties));
            parentsByPage.get(parentsByPage.size() - 1).add(element);
        }
        y -= size * 0.4f;
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            page = new PDPage(PDRectangle.A4);
            page.setStructParents(parentsByPage.size());
            page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
            document.addPage(page);
            content = new PDPageContentStream(document, page);
        } catch (IOException cannotWrite) {
            throw new UncheckedIOException(cannotWrite);
        }
        parentsByPage.add(new COSArray());
        nextMcid = 0;
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Lines that fit the width: broken at spaces, a word longer than a line broken where it must. */
    private static List<String> wrap(String text, PDType0Font font, float size) {
        var lines = new ArrayList<String>();
        for (String paragraph : text.split("\n", -1)) {
            var line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= WIDTH) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > WIDTH) {
                    int fits = rest.length() - 1;
                    while (fits > 1 && width(rest.substring(0, fits), font, size) > WIDTH) {
                        fits--;
                    }
                    lines.add(rest.substring(0, fits));
                    rest = rest.substring(fits);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(String text, PDType0Font font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException | IllegalArgumentException unmeasurable) {
            return Float.MAX_VALUE;
        }
    }

    private PDType0Font font(String resource) {
        try (InputStream in = TaggedPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No font " + resource + " on the class path");
            }
            return PDType0Font.load(document, in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** PDF/UA asks the XMP metadata to say it conforms, and to carry the title. */
    private PDMetadata metadata(String title, String language) {
        String escaped = title.replace("&", "&amp;").replace("<", "&lt;");
        String xmp = """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                      xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                   <dc:title><rdf:Alt><rdf:li xml:lang="%s">%s</rdf:li></rdf:Alt></dc:title>
                   <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
                   <pdfuaid:part>1</pdfuaid:part>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(language, escaped, language);
        var metadata = new PDMetadata(document);
        try {
            metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
        } catch (IOException cannotWrite) {
            throw new UncheckedIOException(cannotWrite);
        }
        return metadata;
    }
}
