package org.diplomatic.analyzer.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * The body text of a Word, OpenDocument, PDF, HTML or RTF file through Apache Tika's parsers for just those formats;
 * the only class that sees Tika's types. Headers, footers, annotations, bookmarks and embedded files are left out.
 * The parser is chosen from the {@link DocumentFormat} rather than by Tika's detector, whose zip sniffing needs a
 * newer commons-compress than DL4J lets onto the class path. Thread-safe: Tika parsers keep no per-parse state.
 */
final class TikaTextExtractor {
  private final Map<DocumentFormat, Parser> parsers = Map.of(
      DocumentFormat.OOXML, new OOXMLParser(),
      DocumentFormat.OLE2, new OfficeParser(),
      DocumentFormat.ODF, new OpenDocumentParser(),
      DocumentFormat.PDF, new PDFParser(),
      DocumentFormat.HTML, new JSoupParser(),
      DocumentFormat.RTF, new RTFParser());

  /** The file's text with paragraphs as lines, possibly empty; a document Tika cannot read is rejected. */
  String extract(Path file, DocumentFormat format, String source) throws InputRejectedException {
    Parser parser = parsers.get(format);
    if (parser == null) {
      throw new IllegalArgumentException("not a Tika format: " + format);
    }
    ParagraphTextHandler text = new ParagraphTextHandler();
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
      parser.parse(in, new BodyContentHandler(text), metadata, context());
    } catch (IOException | SAXException | TikaException | RuntimeException e) {
      // Parsers fail on damaged files with all kinds of runtime exceptions, not only TikaException.
      if (isEncrypted(e)) {
        throw new InputRejectedException(source, "encrypted " + format.label() + " (password-protected)");
      }
      throw new InputRejectedException(source, "corrupt or unreadable " + format.label() + " (" + cause(e) + ")");
    }
    return text.text();
  }

  private static ParseContext context() {
    ParseContext context = new ParseContext();
    context.set(Parser.class, EmptyParser.INSTANCE); // embedded files (images, attachments) are not body text
    OfficeParserConfig office = new OfficeParserConfig();
    office.setIncludeHeadersAndFooters(false);
    context.set(OfficeParserConfig.class, office);
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setExtractAnnotationText(false);
    pdf.setExtractBookmarksText(false);
    context.set(PDFParserConfig.class, pdf);
    return context;
  }

  private static boolean isEncrypted(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof EncryptedDocumentException
          || t instanceof org.apache.poi.EncryptedDocumentException) {
        return true;
      }
    }
    return false;
  }

  /** The innermost cause's message on one line, short enough for a log line. */
  private static String cause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    message = message.replaceAll("\\s+", " ").strip();
    return message.length() <= 120 ? message : message.substring(0, 117) + "...";
  }
}
