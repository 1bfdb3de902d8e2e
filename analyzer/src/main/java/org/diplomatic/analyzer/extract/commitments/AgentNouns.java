package org.diplomatic.analyzer.extract.commitments;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplomatic.analyzer.text.BundledResource;
import org.diplomatic.analyzer.text.TextNormalizer;
import org.diplomatic.analyzer.text.Token;

/**
 * The verbal nouns of {@code agent-nouns.tsv} whose genitive is the party a commitment binds (ضرورة، لزوم، آمادگی،
 * استعداد، تمسك) and the transitive ones whose genitive is their object (دعم، تشکیل), read as folded words.
 */
final class AgentNouns {
  private static final String RESOURCE = "agent-nouns.tsv";
  private static final String PREFIXES = "وبلف";

  /** The role of a word: a kind (obligation or proposal), or "object". */
  private final Map<String, String> roles = new HashMap<>();

  private AgentNouns() {}

  static AgentNouns load() {
    AgentNouns nouns = new AgentNouns();
    TextNormalizer fold = TextNormalizer.folding();
    try (InputStream in = BundledResource.open(AgentNouns.class, RESOURCE);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] cols = line.strip().split("\t");
        if (cols.length == 2 && !line.startsWith("#")) {
          nouns.roles.put(fold.apply(cols[1].strip()), cols[0].strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return nouns;
  }

  /** The role of {@code form} (a folded token), with one leading و/ب/ل/ف ignored; null when it is none of them. */
  String role(String form) {
    String role = roles.get(form);
    if (role == null && form.length() > 3 && PREFIXES.indexOf(form.charAt(0)) >= 0) {
      role = roles.get(form.substring(1));
      String twice = form.length() > 4 && PREFIXES.indexOf(form.charAt(1)) >= 0 ? roles.get(form.substring(2)) : null;
      role = role != null ? role : twice;
    }
    return role;
  }

  /** The index of the first token of {@code tokens} that is a noun of a kind, or -1. */
  int firstAgentNoun(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String role = role(tokens.get(i).form());
      if (role != null && !role.equals("object")) {
        return i;
      }
    }
    return -1;
  }
}
