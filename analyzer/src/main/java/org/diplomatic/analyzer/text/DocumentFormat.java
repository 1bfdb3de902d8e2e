package org.diplomatic.analyzer.text;

import java.util.Locale;

/**
 * The container format of an input file. Only the extensions {@code .docx .doc .odt .pdf .html .htm .rtf} lead
 * away from plain text ({@code .txt} and every other name are read strictly as UTF-8); among them, the first bytes
 * decide over the extension, since Word saves RTF and HTML under {@code .doc} and protects {@code .docx} in OLE2:
 * <ul>
 *   <li>{@code PK\3\4}: a zip, so a {@code .doc} is OOXML;
 *   <li>{@code D0 CF 11 E0}: OLE2, a Word 97 {@code .doc} or a password-protected {@code .docx};
 *   <li>{@code %PDF}, <code>{\rtf</code>: PDF, RTF;
 *   <li>otherwise the extension, except that a {@code .doc} starting with {@code <} is HTML.
 * </ul>
 */
enum DocumentFormat {
  PLAIN("text"),
  OOXML("Word document"),
  OLE2("Word document"),
  ODF("OpenDocument file"),
  PDF("PDF"),
  HTML("HTML file"),
  RTF("RTF file");

  private final String label;

  DocumentFormat(String label) {
    this.label = label;
  }

  /** How messages name the format ("corrupt PDF"). */
  String label() {
    return label;
  }

  static DocumentFormat of(String fileName, byte[] head) {
    String name = fileName.toLowerCase(Locale.ROOT);
    DocumentFormat byName = switch (name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.'))) {
      case ".docx" -> OOXML;
      case ".doc" -> looksLikeMarkup(head) ? HTML : OLE2;
      case ".odt" -> ODF;
      case ".pdf" -> PDF;
      case ".rtf" -> RTF;
      case ".html", ".htm" -> HTML;
      default -> PLAIN;
    };
    if (byName == PLAIN) {
      return PLAIN;
    }
    if (startsWith(head, 'P', 'K', 3, 4)) {
      return byName == OLE2 ? OOXML : byName; // a .docx saved under .doc
    }
    if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
      return OLE2;
    }
    if (startsWith(head, '%', 'P', 'D', 'F')) {
      return PDF;
    }
    if (startsWith(head, '{', '\\', 'r', 't', 'f')) {
      return RTF;
    }
    return byName;
  }

  /** Whether the file's first bytes are {@code magic} (a format's signature, a byte order mark). */
  static boolean startsWith(byte[] head, int... magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean looksLikeMarkup(byte[] head) {
    for (byte b : head) {
      if (b == '<') {
        return true;
      }
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB
          && (b & 0xFF) != 0xBF) {
        return false; // the UTF-8 BOM bytes are skipped above
      }
    }
    return false;
  }
}
