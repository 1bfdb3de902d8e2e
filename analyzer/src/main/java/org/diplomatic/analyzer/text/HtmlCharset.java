package org.diplomatic.analyzer.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character set of an HTML file, decided as a browser would, before any parser guesses from a sample: a byte
 * order mark (UTF-8, UTF-16); a {@code <meta charset>} or {@code http-equiv} declaration anywhere in the first
 * 64 KB (long scripts and styles come before it on real pages) when the bytes decode in it; valid UTF-8; a legacy
 * Arabic code page ({@link LegacyArabicCharset}); last, ICU's statistical detector. As browsers do, a declared
 * ISO-8859-1 or US-ASCII means Windows-1252, and a declared UTF-16 (the bytes then have no mark) means UTF-8; a
 * declared Latin code page whose text reads as Arabic in Windows-1256 or ISO-8859-6 (a common CMS misconfiguration)
 * is read in the latter.
 */
final class HtmlCharset {
  private static final int PRESCAN_BYTES = 64 * 1024;
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private HtmlCharset() {}

  /** The charset to read {@code bytes} in; its {@code readAs} is set when it was guessed and is not UTF-8. */
  static Choice of(byte[] bytes) {
    Charset marked = ByteOrderMark.of(bytes);
    if (marked != null) {
      return new Choice(marked, null);
    }
    Charset declared = declared(bytes);
    if (declared != null && LegacyArabicCharset.strict(declared, bytes) != null) {
      if (!declared.equals(WINDOWS_1252)) {
        return new Choice(declared, null);
      }
      LegacyArabicCharset.Decoded arabic = LegacyArabicCharset.guess(bytes);
      return arabic == null ? new Choice(declared, null) : guessed(arabic.charset());
    }
    if (LegacyArabicCharset.strict(StandardCharsets.UTF_8, bytes) != null) {
      return new Choice(StandardCharsets.UTF_8, null);
    }
    LegacyArabicCharset.Decoded arabic = LegacyArabicCharset.guess(bytes);
    if (arabic != null) {
      return guessed(arabic.charset());
    }
    CharsetMatch match = new CharsetDetector().setText(bytes).detect();
    // Without a mark, markup is never UTF-16 or UTF-32: such a guess means binary data, which is not HTML.
    Charset detected = match == null || match.getName().startsWith("UTF-") ? null : supported(match.getName());
    return guessed(detected == null ? WINDOWS_1252 : detected);
  }

  private static Choice guessed(Charset charset) {
    return new Choice(charset, charset.equals(StandardCharsets.UTF_8) ? null : charset.name());
  }

  private static Charset declared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    return switch (name) {
      case "iso-8859-1", "latin1", "us-ascii", "ascii" -> WINDOWS_1252;
      case "utf-16", "utf-16le", "utf-16be" -> StandardCharsets.UTF_8;
      default -> supported(name);
    };
  }

  private static Charset supported(String name) {
    try {
      return Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalCharsetNameException e) {
      return null;
    }
  }

  /** The charset and, when it was guessed rather than marked or declared, its name for the user. */
  record Choice(Charset charset, String readAs) {}
}
