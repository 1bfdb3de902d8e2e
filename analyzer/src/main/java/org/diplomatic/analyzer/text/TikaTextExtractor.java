package org.diplomatic.analyzer.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
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
 * newer commons-compress than DL4J lets onto the class path. Word files are streamed (SAX) rather than loaded as a
 * tree, and the text is held to {@link ReadLimits} as it arrives; an HTML file is decoded in the charset
 * {@link HtmlCharset} chooses. Thread-safe: Tika parsers keep no per-parse state.
 */
final class TikaTextExtractor {
  private final Map<DocumentFormat, Parser> parsers = Map.of(
      DocumentFormat.OOXML, new OOXMLParser(),
      DocumentFormat.OLE2, new OfficeParser(),
      DocumentFormat.ODF, new OpenDocumentParser(),
      DocumentFormat.PDF, new PDFParser(),
      DocumentFormat.RTF, new RTFParser());

  /** The file's text with paragraphs as lines, possibly empty; a document Tika cannot read is rejected. */
  TextInput extract(Path file, DocumentFormat format, String source, ReadLimits limits)
      throws InputRejectedException {
    String readAs = null;
    Parser parser = parsers.get(format);
    if (format == DocumentFormat.HTML) {
      byte[] bytes = bytes(file, source);
      HtmlCharset.Choice charset = HtmlCharset.of(bytes);
      if (!charset.charset().name().startsWith("UTF-16") && contains(bytes, (byte) 0)) {
        throw new InputRejectedException(source, "binary file, not HTML (contains NUL bytes)");
      }
      readAs = charset.readAs();
      parser = new JSoupParser((InputStream in, Metadata m) -> charset.charset());
    } else if (parser == null) {
      throw new IllegalArgumentException("not a Tika format: " + format);
    }
    ParagraphTextHandler text = new ParagraphTextHandler(limits.maxChars(), limits.maxDepth());
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
      parser.parse(in, new BodyContentHandler(text), metadata, context());
    } catch (IOException | SAXException | TikaException | RuntimeException e) {
      // Parsers fail on damaged files with all kinds of runtime exceptions, not only TikaException.
      throw rejection(e, format, source);
    } catch (StackOverflowError e) {
      throw new InputRejectedException(source, format.label() + " nested too deeply to read");
    }
    return new TextInput(source, text.text(), readAs, createdDay(metadata));
  }

  /** The day of the document's creation date in its metadata (dcterms:created), or null. */
  private static String createdDay(Metadata metadata) {
    String created = metadata.get(TikaCoreProperties.CREATED);
    return created != null && created.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}.*") ? created.substring(0, 10) : null;
  }

  private static InputRejectedException rejection(Throwable e, DocumentFormat format, String source) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ReadLimitException) {
        return new InputRejectedException(source, t.getMessage());
      }
      if (t instanceof EncryptedDocumentException || t instanceof org.apache.poi.EncryptedDocumentException) {
        return new InputRejectedException(source, "encrypted " + format.label() + " (password-protected)");
      }
    }
    return new InputRejectedException(source, "corrupt or unreadable " + format.label() + " (" + cause(e) + ")");
  }

  private static boolean contains(byte[] bytes, byte b) {
    for (byte x : bytes) {
      if (x == b) {
        return true;
      }
    }
    return false;
  }

  private static byte[] bytes(Path file, String source) throws InputRejectedException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InputRejectedException(source, ReadFailure.reason(e));
    }
  }

  private static ParseContext context() {
    ParseContext context = new ParseContext();
    context.set(Parser.class, EmptyParser.INSTANCE); // embedded files (images, attachments) are not body text
    OfficeParserConfig office = new OfficeParserConfig();
    office.setIncludeHeadersAndFooters(false);
    office.setUseSAXDocxExtractor(true); // the default builds the whole XML tree in memory first
    context.set(OfficeParserConfig.class, office);
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setExtractAnnotationText(false);
    pdf.setExtractBookmarksText(false);
    context.set(PDFParserConfig.class, pdf);
    return context;
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
