package org.diplomatic.analyzer.text;

/** The two languages the analyzer reads, with their contract codes. */
public enum Language {
  ARABIC("ar"),
  PERSIAN("fa");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** The ISO 639-1 code used in the JSON output ("ar" or "fa"). */
  public String code() {
    return code;
  }

  /** Parses "ar" or "fa"; anything else is an {@link IllegalArgumentException} naming the value. */
  public static Language fromCode(String code) {
    for (Language l : values()) {
      if (l.code.equals(code)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown language code: " + code);
  }
}
